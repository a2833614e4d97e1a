using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Security.Navigation;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Security;

/// <summary>Permissions as data (grants per role, seeded defaults), the one authorization path, and the admin menu.</summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<Outbound.OutboundOptions>(Outbound.OutboundOptions.Section);
        services.AddScoped<PermissionService>();
        services.AddScoped<ActorResolver>();
        services.AddScoped<PermissionGrants>();
        services.AddSingleton<PermissionCatalog>();
        services.AddScoped<AdminMenu>();
        services.AddScoped<IAuthorizationHandler, PermissionRequirementHandler>();
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>());
        services.AddScoped<IDataSeeder, PermissionSeeder>();
        services.AddPermissions(CorePermissions.Provider);
        services.AddAdminMenu(
            new AdminMenuItem("Pengguna", "/Security/Pages/Pengguna", 60, CorePermissions.KelolaPenggunaName),
            new AdminMenuItem("Hak Akses", "/Security/Pages/HakAkses", 100, CorePermissions.KelolaHakAksesName));
    }
}

public static class SecurityServices
{
    /// <summary>A feature's permissions and their default grants.</summary>
    public static IServiceCollection AddPermissions(this IServiceCollection services, IPermissionProvider provider) =>
        services.AddSingleton(provider);

    /// <summary>A feature's entries of the admin menu.</summary>
    public static IServiceCollection AddAdminMenu(this IServiceCollection services, params AdminMenuItem[] items) =>
        services.AddSingleton<IAdminMenuContributor>(new AdminMenuItems(items));
}
