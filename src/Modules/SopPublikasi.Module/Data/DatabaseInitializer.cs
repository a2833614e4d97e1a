using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SopPublikasi.Module.Data;

/// <summary>
/// Runs before the server listens: applies migrations, then the features' <see cref="IDataSeeder"/>s (the SOP's
/// roles, steps, states, transitions and categories where missing, demo data, the search index) and makes the
/// shared Data Protection key.
/// </summary>
public sealed class DatabaseInitializer(IServiceProvider services, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<SopDbContext>();

        // Several instances may start at once on one PostgreSQL database: one migrates and seeds, the others wait
        // (a session advisory lock on the connection EF keeps open for this scope).
        await db.Database.OpenConnectionAsync(cancellationToken);
        var postgres = db.Database.IsNpgsql();
        if (postgres)
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(7270070)", cancellationToken);
        }

        try
        {
            if (db.Database.IsSqlite())
            {
                // Write-ahead logging: readers (public pages) never wait for a writer (a transition), and writers
                // wait for each other instead of failing. The mode is stored in the database file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                if (SqliteProcessSettings.Result != 0)
                {
                    logger.LogWarning("SQLite started before its process settings were applied (code {Code}): memory statistics stay on.", SqliteProcessSettings.Result);
                }
            }

            await db.Database.MigrateAsync(cancellationToken);
            foreach (var seeder in sp.GetServices<IDataSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(cancellationToken);
            }

            EnsureDataProtectionKey(sp.GetRequiredService<IKeyManager>());
        }
        finally
        {
            if (postgres)
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(7270070)", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Creates the shared Data Protection key here, under the start-up lock, rather than lazily on each instance's
    /// first sign-in: two instances starting together would otherwise each make a key of their own. (The key ring
    /// keeps its own time, the system clock, so this does too.)
    /// </summary>
    private void EnsureDataProtectionKey(IKeyManager keys)
    {
        var now = TimeProvider.System.GetUtcNow();
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now.AddDays(7)))
        {
            keys.CreateNewKey(now, now.AddDays(90));
            logger.LogInformation("Created a Data Protection key, shared by every instance through the database");
        }
    }
}
