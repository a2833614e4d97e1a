using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Navigation;

namespace SopPublikasi.Module.Halaman;

/// <summary>The standing pages (profil, layanan) edited in the admin.</summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<IDataSeeder, HalamanSeeder>();
        builder.Services.AddScoped<HalamanStore>();
        builder.Services.AddPermissions(HalamanPermissions.Provider);
        builder.Services.AddAdminMenu(new AdminMenuItem("Halaman", "/Halaman/Pages/Halaman", 30, HalamanPermissions.SuntingHalamanName));
    }
}
