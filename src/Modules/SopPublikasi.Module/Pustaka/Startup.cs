using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Navigation;

namespace SopPublikasi.Module.Pustaka;

/// <summary>
/// The media library ("Pustaka Media", /admin/media): uploaded photos found again by name, caption, credit, day and
/// kind, with their caption and credit edited and the items that use each; reused as a cover or in a body.
/// </summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<MediaLibrary>();
        builder.Services.AddAdminMenu(new AdminMenuItem("Pustaka Media", "/Pustaka/Pages/Pustaka", 15));
    }
}
