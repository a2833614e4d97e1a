using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi.Events;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Materi;

/// <summary>The MateriPublikasi aggregate's services: drafts and moves, comments, version diffs, categories.</summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<DipOptions>(DipOptions.Section);
        services.AddValidatedOptions<HtmlOptions>(HtmlOptions.Section);
        services.AddSingleton(sp => new HtmlCleaner(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<HtmlOptions>>()));
        services.AddScoped<MateriUnitOfWork>();
        services.AddScoped<MateriService>();
        services.AddScoped<MateriDrafts>();
        services.AddScoped<CommentService>();
        services.AddScoped<MateriQueries>();
        services.AddScoped<TaskQueries>();
        services.AddScoped<MateriList>();
        services.AddScoped<Diff.MateriDiffs>();
        services.AddScoped<Diff.ReviewerBaseline>();
        services.AddMateriHandler<Diff.RecordSeenOnMove>();
        services.AddScoped<IDataSeeder, CategorySeeder>();
        services.AddPermissions(MateriPermissions.Provider);
    }
}
