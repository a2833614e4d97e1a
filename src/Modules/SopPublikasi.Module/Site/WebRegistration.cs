using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Media;

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
        });
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        services.AddProblemDetails();
        services.AddHealthChecks();

        // Let a form with several files over the per-file limit arrive whole, so the limit is reported beside
        // the field rather than as a bare 400.
        var maxUpload = builder.Configuration.GetSection(MediaOptions.Section).GetValue<long?>(nameof(MediaOptions.MaxUploadBytes)) ?? new MediaOptions().MaxUploadBytes;
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = (maxUpload * 4) + (1024 * 1024));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = (maxUpload * 4) + (1024 * 1024));
    }
}
