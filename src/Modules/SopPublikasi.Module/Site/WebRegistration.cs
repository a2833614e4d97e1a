using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Site;

public static class WebRegistration
{
    public static void AddSopWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
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
        services.AddPublicCache();
        services.AddResponseCompression(o =>
        {
            // Public pages carry no secrets, so compressing them over HTTPS is safe; admin pages are left out (BREACH).
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "application/atom+xml", "image/svg+xml"]);
        });
        Operations.Readiness.AddSopReadiness(services);

        // Let a form with several files over the per-file limit arrive whole, so that the limit is reported beside
        // the field rather than as a bare 400.
        services.AddOptions<FormOptions>().Configure<IOptions<MediaOptions>>((form, media) =>
            form.MultipartBodyLengthLimit = RequestLimit(media.Value));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<MediaOptions>>((kestrel, media) =>
            kestrel.Limits.MaxRequestBodySize = RequestLimit(media.Value));
    }

    private static long RequestLimit(MediaOptions media) => (media.MaxUploadBytes * 4) + (1024 * 1024);
}
