using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Data;

/// <summary>
/// The module's data: <see cref="SopDbContext"/> on the configured provider, and the start-up migration and seeding.
/// Configuration is read when the first context is made, not at registration, so that settings added later (tests,
/// hosting) take effect.
/// </summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        // First hosted service: the database is migrated and seeded before anything else starts (the Data
        // Protection key ring loader and the outbox dispatcher both read it).
        services.AddHostedService<DatabaseInitializer>();
        services.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.Section);
        services.AddSingleton<AppendOnlyInterceptor>();
        services.AddSingleton<Idempotency.IdempotencyStore>();
        SqliteProcessSettings.Apply();

        // Pooled contexts: a request borrows a context with its connection object already made.
        services.AddDbContextPool<SqliteSopDbContext>((sp, o) => DataRegistration.UseSopSqlite(
                o,
                DataRegistration.SqliteConnectionString(sp.GetRequiredService<IConfiguration>().GetConnectionString("Sqlite"), sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath))
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
}
