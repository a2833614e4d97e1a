using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Navigation;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Site;

/// <summary>The web shell: Razor Pages (found in every feature's Pages folder), layouts, site settings, problem details, compression.</summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddAdminMenu(new AdminMenuItem("Pengaturan Situs", "/Site/Pages/Situs", 90, CorePermissions.KelolaPengaturanName));
        services.AddValidatedOptions<SiteOptions>(SiteOptions.Section);
        services.AddSingleton<SiteSettings>();
        services.AddSingleton<SiteLogo>();
        services.AddSingleton<PageLinks>();
        services.AddSingleton<Forms.OnceOnlyForms>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.AddService<Forms.OnceOnlyForms>());
        services.AddRazorPages(o =>
        {
            // Each feature keeps its pages in its own Pages folder: Materi/Pages/Sunting.cshtml is the page
            // "/Materi/Pages/Sunting". Every page states its address in @page, so no address depends on a folder.
            o.RootDirectory = "/";

            // Every page under /admin asks for a signed-in editor (the sign-in and "refused" pages excepted below).
            o.Conventions.AddFolderApplicationModelConvention("/", page =>
            {
                if (IsAdminRoute(page.ActionDescriptor.AttributeRouteInfo?.Template))
                {
                    page.EndpointMetadata.Add(new AuthorizeAttribute(IdentityRegistration.EditorPolicy));
                }

                // A method no handler serves is a 405 with Allow (TRACE / used to run the page and fail with 500).
                PageMethods.Restrict(page);
            });
            o.Conventions.AllowAnonymousToPage("/Identity/Pages/Masuk");
            o.Conventions.AllowAnonymousToPage("/Security/Pages/Ditolak");
            o.Conventions.AddPageApplicationModelConvention("/Identity/Pages/Masuk", page =>
                page.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(IdentityRegistration.LoginRateLimitPolicy)));

            // One list page serves every published list: all berita, a category, and the two menu shortcuts.
            o.Conventions.AddPageRoute("/Publik/Pages/Berita", "/kategori/{kategori}");
            o.Conventions.AddPageRoute("/Publik/Pages/Berita", "/pengumuman");
            o.Conventions.AddPageRoute("/Publik/Pages/Berita", "/agenda");
        });
        services.Configure<RazorViewEngineOptions>(o =>
        {
            // Layouts and shared partials by name, from any feature's pages.
            o.PageViewLocationFormats.Add("/Site/Pages/Shared/{0}" + RazorViewEngine.ViewExtension);
            o.PageViewLocationFormats.Add("/Publik/Pages/Shared/{0}" + RazorViewEngine.ViewExtension);
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

    public override void Configure(IEndpointRouteBuilder routes)
    {
        routes.MapRazorPages();
        routes.MapLogo();
    }

    /// <summary>Whether a page's route template is under /admin.</summary>
    public static bool IsAdminRoute(string? template)
    {
        var path = template?.TrimStart('/') ?? string.Empty;
        return path.StartsWith("admin", StringComparison.OrdinalIgnoreCase) && (path.Length == 5 || path[5] == '/');
    }
}
