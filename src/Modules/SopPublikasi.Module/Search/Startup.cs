using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.Search;

/// <summary>
/// Full-text search of the published articles behind <see cref="ISearchIndex"/>: the index of the database in use,
/// kept up to date by a handler of publication, rebuilt at start when it does not match, and merged in the
/// background on SQLite. The public site and the API ask it; it knows neither.
/// </summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddScoped<SqliteSearchIndex>();
        services.AddScoped<PostgreSqlSearchIndex>();
        services.AddScoped<ISearchIndex>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.PostgreSql
                ? sp.GetRequiredService<PostgreSqlSearchIndex>()
                : sp.GetRequiredService<SqliteSearchIndex>());
        services.AddBackgroundService<SearchIndexMerger>();
        services.AddScoped<IDataSeeder, SearchIndexSeeder>();
        services.AddMateriHandler<SearchIndexOnPublication>();
        services.AddPublishedMemo<SearchWordCounts>();
    }
}
