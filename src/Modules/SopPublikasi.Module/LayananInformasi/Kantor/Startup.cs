using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Navigation;

namespace SopPublikasi.Module.LayananInformasi.Kantor;

/// <summary>
/// The office's side of the PPID desk: the register of requests and objections with their legal clocks, the pages
/// that record a request and make each move, and the dashboard's "Permohonan informasi" section.
/// </summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddScoped<LayananClock>();
        services.AddScoped<RegisterQueries>();
        services.AddScoped<LayananDasbor>();
        services.AddAdminMenu(
            new AdminMenuItem("Layanan Informasi", "/LayananInformasi/Kantor/Pages/Register", 16, LayananPermissions.LihatRegisterName),
            new AdminMenuItem("Catat Permohonan", "/LayananInformasi/Kantor/Pages/Baru", 17, LayananPermissions.CatatPermohonanName));
    }
}
