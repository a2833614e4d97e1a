using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Demo;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Data;

/// <summary>
/// Runs before the server listens: applies migrations, then adds the SOP's roles, steps, states, transitions
/// and categories where missing. Rows an administrator edited are left as they are.
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
            await SeedRolesAsync(sp.GetRequiredService<RoleManager<IdentityRole>>());
            await SeedWorkflowAsync(db, sp.GetRequiredService<IOptions<WorkflowOptions>>().Value, cancellationToken);
            await SeedInstruksiAsync(db, sp.GetRequiredService<IOptions<Disposisi.DisposisiOptions>>().Value, cancellationToken);
            await SeedInitialAdminAsync(sp.GetRequiredService<UserManager<AppUser>>(), sp.GetRequiredService<IOptions<AccountOptions>>().Value);
            await sp.GetRequiredService<DemoSeeder>().SeedIfEnabledAsync(cancellationToken);
            await sp.GetRequiredService<Publik.SearchIndex>().RebuildIfStaleAsync(cancellationToken);
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

    private static async Task SeedRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var name in SopRoles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                Ensure(await roles.CreateAsync(new IdentityRole(name)), $"role {name}");
            }
        }
    }

    private static async Task SeedWorkflowAsync(SopDbContext db, WorkflowOptions options, CancellationToken ct)
    {
        await AddMissingAsync(db.SopSteps, SopWorkflowSeed.Steps, s => s.Number, ct);
        await AddMissingAsync(db.WorkflowStates, SopWorkflowSeed.States, s => s.Code, ct);
        await AddMissingAsync(db.WorkflowTransitions, SopWorkflowSeed.Transitions(options.PencatatRole), t => t.Id, ct);
        await AddMissingAsync(db.Categories, CategorySeed.All, c => c.Id, ct);
        await AddMissingAsync(db.Halaman, Halaman.HalamanSeed.All, h => h.Slug, ct);
        await db.SaveChangesAsync(ct);

        // Step 2's role follows configuration, so that an office can merge it into another role.
        await db.WorkflowTransitions
            .Where(t => t.Action == "teruskan" && t.Role != options.PencatatRole)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Role, options.PencatatRole), ct);

        // Configured Waktu applies to steps an administrator has not set in the admin (/admin/waktu wins).
        foreach (var (step, days) in options.StepWorkingDays)
        {
            await db.SopSteps.Where(s => s.Number == step && s.UpdatedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.WorkingDaysAllowed, days), ct);
        }
    }

    /// <summary>The instruction checklist starts as configured (or the defaults); afterwards administrators edit it.</summary>
    private static async Task SeedInstruksiAsync(SopDbContext db, Disposisi.DisposisiOptions options, CancellationToken ct)
    {
        if (await db.InstruksiDisposisi.AnyAsync(ct))
        {
            return;
        }

        db.InstruksiDisposisi.AddRange(options.Instructions.Distinct(StringComparer.Ordinal)
            .Select((text, i) => new Disposisi.InstruksiDisposisi { Text = text, Order = (i + 1) * 10 }));
        await db.SaveChangesAsync(ct);
    }

    private static async Task AddMissingAsync<T, TKey>(DbSet<T> set, IEnumerable<T> seed, Func<T, TKey> key, CancellationToken ct)
        where T : class
    {
        var existing = (await set.AsNoTracking().ToListAsync(ct)).Select(key).ToHashSet();
        set.AddRange(seed.Where(s => !existing.Contains(key(s))));
    }

    private async Task SeedInitialAdminAsync(UserManager<AppUser> users, AccountOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.InitialAdminUser) || string.IsNullOrWhiteSpace(options.InitialAdminPassword)
            || (await users.GetUsersInRoleAsync(SopRoles.Administrator)).Count > 0)
        {
            return;
        }

        var admin = new AppUser { UserName = options.InitialAdminUser, FullName = "Administrator", EmailConfirmed = true };
        Ensure(await users.CreateAsync(admin, options.InitialAdminPassword), "initial administrator");
        Ensure(await users.AddToRoleAsync(admin, SopRoles.Administrator), "initial administrator role");
        logger.LogInformation("Created the initial administrator {User}", options.InitialAdminUser);
    }

    internal static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
