using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>
/// Boots the real Program on its own database (a fresh SQLite file, or a fresh PostgreSQL database when
/// SOP_TEST_DB=PostgreSql, see <see cref="TestDatabase"/>) and media folder. Only configuration changes: two enabled log
/// channels and one disabled, a small upload limit, and the accounts of <see cref="TestUsers"/>.
/// </summary>
public class SopAppFactory : WebApplicationFactory<Program>
{
    public const long MaxUploadBytes = 256 * 1024;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "sop-tests", Guid.NewGuid().ToString("N"));
    private TestDatabase? _database;

    public string Environment { get; init; } = "Testing";

    public string MediaPath => Path.Combine(_root, "media");

    public Dictionary<string, string?> Settings { get; } = new();

    /// <summary>
    /// The database this factory runs on; share one between two factories to run two instances on it. Made on first
    /// use when none is handed in (not in an initializer, which would make and leak one when a test hands its own in).
    /// </summary>
    public TestDatabase Database
    {
        get => _database ??= TestDatabase.Create();
        init => _database = value;
    }

    /// <summary>False when <see cref="Database"/> was handed in by a test that disposes it itself.</summary>
    public bool OwnsDatabase { get; init; } = true;

    public string Root => _root;

    /// <summary>Errors the app logged, for failure messages.</summary>
    public ErrorLog Errors { get; } = new();

    /// <summary>
    /// Settings the app must see while Program registers its services (not only once they are resolved):
    /// passed as host settings, which WebApplicationFactory applies before Program runs.
    /// </summary>
    public Dictionary<string, string?> HostSettings { get; } = new();

    /// <summary>When set, every log line of every level is captured here.</summary>
    public LogCapture? Logs { get; init; }

    /// <summary>Replaces the app's clock when set (due times, overdue flags).</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Replaces app services for a test (a recording notifier, say).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_root);
        foreach (var (key, value) in HostSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment(Environment);
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(Errors);
            if (Logs is not null)
            {
                // Everything, whatever the app's own filters say: the redaction test reads it all.
                logging.AddProvider(Logs);
                logging.AddFilter<LogCapture>(null, LogLevel.Trace);
                logging.SetMinimumLevel(LogLevel.Trace);
            }
        });
        if (Clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new UtcClock(Clock)));
        }

        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }

        builder.ConfigureAppConfiguration((_, config) =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["Media:Path"] = MediaPath,
                ["Media:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Site:PublicBaseUrl"] = "https://kecamatan-contoh.karanganyarkab.go.id",
                ["CrossPosting:Channels:log:Type"] = "Log",
                ["CrossPosting:Channels:log-kedua:Type"] = "Log",
                ["CrossPosting:Channels:log-mati:Type"] = "Log",
                ["CrossPosting:Channels:log-mati:Enabled"] = "false",
                ["CrossPosting:PollInterval"] = "00:00:02",
                ["Security:AllowPrivateNetworkTargets"] = "true", // the fakes of the networks and webhook receivers listen on 127.0.0.1

                // Tests sign in many times from one address; the sign-in limit has its own test.
                ["Accounts:LoginPermitLimit"] = "100000",

                // The same for the PPID desk's public POSTs (LayananApiRateLimitTests checks the budget).
                ["LayananInformasi:Api:PostPermitLimit"] = "100000",
                // Likewise the PPID forms' budget per address (LayananInformasi/Publik); PpidRateLimitTests sets a small one.
                ["LayananInformasi:Publik:BatasKiriman"] = "100000",
                ["LayananInformasi:Publik:BatasLacak"] = "100000",
            };
            foreach (var (key, value) in Database.Settings)
            {
                settings[key] = value;
            }

            foreach (var (key, value) in Settings)
            {
                settings[key] = value;
            }

            config.AddInMemoryCollection(settings);
        });
    }

    /// <summary>Creates the test accounts (the admin's job in real life) once the app has started.</summary>
    public async Task SeedUsersAsync()
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (userName, roles) in TestUsers.All)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var user = new AppUser { UserName = userName, FullName = "Uji " + userName };
            Check(await users.CreateAsync(user, TestUsers.Password));
            Check(await users.AddToRolesAsync(user, roles));
        }
    }

    public T WithDb<T>(Func<SopDbContext, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var scope = Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<SopDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (OwnsDatabase)
        {
            _database?.Dispose();
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the temp folder is cleaned by the OS.
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

public static class TestUsers
{
    public const string Password = "Rahasia#2026uji";

    public static readonly IReadOnlyList<(string UserName, string[] Roles)> All =
    [
        ("ppid", [SopRoles.PpidPembantu]),
        ("agendaris", [SopRoles.Pencatat]),
        ("sekretaris", [SopRoles.Sekretaris]),
        ("staf", [SopRoles.StafSekretariat]),
        ("staf2", [SopRoles.StafSekretariat]),
        ("verifikator", [SopRoles.TimVerifikasi]),
        ("sekcam", [SopRoles.Pencatat, SopRoles.Sekretaris]),
        ("admin", [SopRoles.Administrator]),
        ("atasan", [SopRoles.AtasanPpid]),
    ];
}
