using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Api;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Publik;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module;

/// <summary>
/// The module's one entry point. It lists the features; each feature's <c>Startup</c> registers its own services,
/// options, handlers, seeders and background work and maps its endpoints. The request pipeline in front of the
/// endpoints is here, since its order matters across features.
/// </summary>
public static class SopPublikasiModule
{
    /// <summary>The features, in registration order: the core first, then the features that react to it.</summary>
    public static IReadOnlyList<FeatureStartup> Features { get; } =
    [
        new Data.Startup(),
        new Identity.Startup(),
        new Security.Startup(),
        new Workflow.Startup(),
        new Media.Startup(),
        new Materi.Startup(),
        new Disposisi.Startup(),
        new Site.Startup(),
        new Halaman.Startup(),
        new Tokens.Startup(),
        new Search.Startup(),
        new Publik.Startup(),
        new Pustaka.Startup(),
        new Pratinjau.Startup(),
        new Api.Startup(),
        new CrossPosting.Startup(),
        new Webhooks.Startup(),
        new Scheduling.Startup(),
        new Notifications.Startup(),
        new Berkala.Startup(),
        new LayananInformasi.Startup(),
        new LayananInformasi.Api.Startup(),
        new LayananInformasi.Publik.Startup(),
        new LayananInformasi.Kantor.Startup(),
        new LayananInformasi.Laporan.Startup(),
        new Push.Startup(),
        new Operations.Startup(),
        new Admin.Startup(),
        new Demo.Startup(),
    ];

    public static WebApplicationBuilder AddSopPublikasi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        foreach (var feature in Features)
        {
            feature.ConfigureServices(builder);
        }

        return builder;
    }

    public static WebApplication MapSopPublikasi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSopSecurityHeaders(app.Environment);
        app.UseHeadAsGet();
        if (!app.Environment.IsDevelopment())
        {
            // The API answers an unexpected failure as problem+json; the site shows its friendly error page (503 while
            // the database is away, 500 otherwise).
            app.UseSopErrorResponses();
        }

        app.UseWhen(
            http => http.Request.Path.StartsWithSegments("/api"),
            api =>
            {
                api.UseStatusCodePages();
                api.Use(ApiRegistration.HandleUnreadableBody);
                api.Use(IdempotencyKeys.KeepBody);
            });
        app.UseWhen(
            http => !http.Request.Path.StartsWithSegments("/api") && !IsFile(http.Request.Path),
            site => site.UseStatusCodePagesWithReExecute("/status/{0}"));

        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/admin"), site => site.UseResponseCompression());
        app.UseStaticFiles(new StaticFileOptions
        {
            // Links carry ?v=<hash of the file> (asp-append-version): a changed file gets a new URL, so keep for a year.
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = ctx.Context.Request.Query.ContainsKey("v")
                ? "public, max-age=31536000, immutable"
                : "public, max-age=3600",
        });
        app.UseRouting();
        app.UseAuthentication();

        // The request budget is counted before authorization, so that refused requests count too, and per token
        // owner, so that only a valid token has a budget of its own (ApiClients).
        app.Use(ApiClients.IdentifyAsync);
        app.UseRateLimiter();
        app.UseAuthorization();
        if (app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.OutputCache)
        {
            // Publications made on another instance reach this one's cache through the database's change stamp.
            var stamp = app.Services.GetRequiredService<PublicCacheStamp>();
            app.Use(async (http, next) =>
            {
                if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                {
                    await stamp.CheckAsync(http.RequestAborted);
                }

                await next(http);
            });
            app.UseOutputCache();
        }

        foreach (var feature in Features)
        {
            feature.Configure(app);
        }

        return app;
    }

    // A file's address (an upload, or an upload seen through a preview link: /pratinjau/{token}/media/...) answers a
    // refusal without a page, as its OpenAPI operation says.
    private static bool IsFile(PathString path) =>
        path.StartsWithSegments("/media")
        || (path.StartsWithSegments("/pratinjau", out var rest) && rest.Value?.IndexOf("/media/", 1, StringComparison.Ordinal) > 0);
}
