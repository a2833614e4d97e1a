using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SopPublikasi.Module.Data;

public static class DataRegistration
{
    /// <summary>
    /// Registers <see cref="SopDbContext"/> on the configured provider. Configuration is read when the first
    /// context is made, not at registration, so that settings added later (tests, hosting) take effect.
    /// </summary>
    public static void AddSopData(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AppendOnlyInterceptor>();
        SqliteProcessSettings.Apply();

        // Pooled contexts: a request borrows a context with its connection object already made.
        services.AddDbContextPool<SqliteSopDbContext>((sp, o) => UseSopSqlite(
                o,
                SqliteConnectionString(sp.GetRequiredService<IConfiguration>().GetConnectionString("Sqlite"), sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath))
            .AddInterceptors(sp.GetRequiredService<AppendOnlyInterceptor>()));
        services.AddDbContextPool<PostgreSqlSopDbContext>((sp, o) => o
            .UseNpgsql(sp.GetRequiredService<IConfiguration>().GetConnectionString("PostgreSql")
                ?? throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:PostgreSql is not set."))
            .AddInterceptors(sp.GetRequiredService<AppendOnlyInterceptor>()));
        services.AddScoped<SopDbContext>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.PostgreSql
                ? sp.GetRequiredService<PostgreSqlSopDbContext>()
                : sp.GetRequiredService<SqliteSopDbContext>());
    }

    /// <summary>SQLite as the site uses it: EF Core's provider with <see cref="StatementKeepingSqliteConnection"/>.</summary>
    public static DbContextOptionsBuilder UseSopSqlite(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return StatementKeepingSqliteConnection.ReplaceEfCoreConnection(options.UseSqlite(connectionString));
    }

    /// <summary>Resolves a relative database file against the content root and makes sure its folder exists.</summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DatabaseOptions.DefaultSqlite : configured);
        if (csb.DataSource != ":memory:" && csb.Mode != SqliteOpenMode.Memory)
        {
            csb.DataSource = Path.GetFullPath(csb.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        }

        return csb.ToString();
    }
}
