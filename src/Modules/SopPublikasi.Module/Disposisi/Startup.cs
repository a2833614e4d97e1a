using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Navigation;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Disposisi;

/// <summary>SOP step 1: the Lembar Disposisi and its instruction checklist.</summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddAdminMenu(
            new AdminMenuItem("Disposisi Baru", "/Disposisi/Pages/Baru", 10, Role: SopRoles.PpidPembantu),
            new AdminMenuItem("Instruksi Disposisi", "/Disposisi/Pages/Instruksi", 80, CorePermissions.KelolaPengaturanName));
        services.AddValidatedOptions<DisposisiOptions>(DisposisiOptions.Section)
            .PostConfigure(o => o.Instructions = o.Instructions.Count > 0 ? o.Instructions : [.. DisposisiOptions.Defaults]);
        services.AddScoped<DisposisiService>();
        services.AddScoped<InstruksiDisposisiStore>();
        services.AddScoped<IDataSeeder, InstruksiSeeder>();
    }
}
