using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Api;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Navigation;

namespace SopPublikasi.Module.LayananInformasi.Laporan;

/// <summary>
/// The PPID desk's reports: the annual Laporan Layanan Informasi Publik (page, A4 print, XLSX, API), the monthly
/// summary for the PPID Utama, the public annual report and /ppid's figures of the year, kept fresh on desk events.
/// </summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddScoped<LaporanLayanan>();
        services.AddLayananHandler<StatistikCacheOnDesk>();
        services.AddAdminMenu(new AdminMenuItem("Laporan Layanan", "/LayananInformasi/Laporan/Pages/Laporan", 18, LayananPermissions.LihatLaporanName));
    }

    public override void Configure(IEndpointRouteBuilder routes)
    {
        routes.MapApiV1().RequireAuthorization(ApiRegistration.Policy).MapLaporanApi();
    }
}
