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
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Demo;
using SopPublikasi.Module.Disposisi;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Notifications;
using SopPublikasi.Module.Operations;
using SopPublikasi.Module.Publik;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Site;
using SopPublikasi.Module.Webhooks;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module;

/// <summary>The module's one registration entry point: everything SopPublikasi owns is added and mapped here.</summary>
public static class SopPublikasiModule
{
    public static WebApplicationBuilder AddSopPublikasi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        // First hosted service: the database is migrated and seeded before anything else starts (the Data
        // Protection key ring loader and the outbox dispatcher both read it).
        services.AddHostedService<DatabaseInitializer>();

        AddValidatedOptions<SiteOptions>(services, SiteOptions.Section);
        AddValidatedOptions<MediaOptions>(services, MediaOptions.Section);
        AddValidatedOptions<WorkflowOptions>(services, WorkflowOptions.Section);
        AddValidatedOptions<CrossPostingOptions>(services, CrossPostingOptions.Section);
        AddValidatedOptions<AccountOptions>(services, AccountOptions.Section);
        AddValidatedOptions<DemoOptions>(services, DemoOptions.Section);
        AddValidatedOptions<DipOptions>(services, DipOptions.Section);
        AddValidatedOptions<DisposisiOptions>(services, DisposisiOptions.Section)
            .PostConfigure(o => o.Instructions = o.Instructions.Count > 0 ? o.Instructions : [.. DisposisiOptions.Defaults]);

        builder.AddSopData();
        builder.AddSopIdentity();
        builder.AddSopWeb();
        builder.AddSopApi();
        builder.AddSopWebhooks();
        builder.AddSopNotifications();
        builder.AddSopTelemetry();

        services.AddScoped<WorkflowLoader>();
        services.AddScoped<TaskQueries>();
        services.AddScoped<ActorResolver>();
        services.AddScoped<DisposisiService>();
        services.AddScoped<InstruksiDisposisiStore>();
        services.AddSingleton<Site.SiteSettings>();
        services.AddScoped<MateriService>();
        services.AddScoped<CommentService>();
        services.AddScoped<Materi.Diff.MateriDiffs>();
        services.AddScoped<StepTimes>();
        services.AddScoped<PublicArticles>();
        services.AddScoped<DaftarInformasiPublik>();
        services.AddScoped<SearchIndex>();
        services.AddScoped<Materi.Events.MateriUnitOfWork>();
        services.AddScoped<Materi.Events.IMateriEventHandler<Materi.Events.MateriMoved>, SearchIndexOnPublication>();
        services.AddScoped<Materi.Events.IMateriEventHandler<Materi.Events.MateriMoved>, PublicCacheOnPublication>();
        services.AddSingleton<SearchIndexMerger>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchIndexMerger>());
        services.AddOptions<CrossPosting.Composition.CompositionLimits>().BindConfiguration(CrossPosting.Composition.CompositionLimits.Section);
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<HtmlCleaner>();
        services.AddSingleton<MediaStore>();
        services.AddSingleton<MediaCatalog>();
        services.AddCrossPosting();
        return builder;
    }

    public static WebApplication MapSopPublikasi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSopSecurityHeaders(app.Environment);
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
            });
        app.UseWhen(
            http => !http.Request.Path.StartsWithSegments("/api") && !http.Request.Path.StartsWithSegments("/media"),
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
        app.UseAuthorization();
        app.UseRateLimiter();
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

        app.MapRazorPages();
        app.MapSopApi();
        app.MapMedia();
        app.MapFeeds();
        app.MapSopHealth();
        return app;
    }

    private static OptionsBuilder<T> AddValidatedOptions<T>(IServiceCollection services, string section)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
