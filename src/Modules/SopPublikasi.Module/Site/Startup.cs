using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Navigation;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Site;

/// <summary>The web shell: Razor Pages (public site and admin), site settings, problem details, compression.</summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddAdminMenu(
            new AdminMenuItem("Dasbor", "/Admin/Index", 0),
            new AdminMenuItem("Pengaturan Situs", "/Admin/Pengaturan/Situs", 90, CorePermissions.KelolaPengaturanName));
        services.AddValidatedOptions<SiteOptions>(SiteOptions.Section);
        services.AddSingleton<SiteSettings>();
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", IdentityRegistration.EditorPolicy);
            o.Conventions.AllowAnonymousToPage("/Admin/Masuk");
            o.Conventions.AllowAnonymousToPage("/Admin/Ditolak");
            o.Conventions.AddPageApplicationModelConvention("/Admin/Masuk", page =>
                page.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(IdentityRegistration.LoginRateLimitPolicy)));

            // One list page serves every published list: all berita, a category, and the two menu shortcuts.
            o.Conventions.AddPageRoute("/Berita/Index", "/kategori/{kategori}");
            o.Conventions.AddPageRoute("/Berita/Index", "/pengumuman");
            o.Conventions.AddPageRoute("/Berita/Index", "/agenda");
        });
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ErrorResponses.Describe);
        services.AddResponseCompression(o =>
        {
            // Public pages carry no secrets, so compressing them over HTTPS is safe; admin pages are left out (BREACH).
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "application/atom+xml", "image/svg+xml"]);
        });
    }

    public override void Configure(IEndpointRouteBuilder routes) => routes.MapRazorPages();
}
