using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Tokens;

namespace SopPublikasi.Module.Cli;

/// <summary>
/// Operator commands, like wp-cli: `token create|revoke`, `user create|list`. They run against the configured
/// database (migrated first) without starting the web server. Output is for scripts: `token create` prints the
/// token alone; errors go to standard error with a non-zero exit code.
/// </summary>
public static class SopCli
{
    public const int Ok = 0;
    public const int BadInput = 2;

    /// <summary>Logs go to standard error in command mode, so that standard output carries only the answer.</summary>
    public static WebApplicationBuilder UseSopCli(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        return builder;
    }

    public static async Task<int> RunSopCliAsync(this WebApplication app, CliCommand command)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (command.Noun is not ("backup" or "restore" or "push"))
        {
            // Backup reads the database as it is; restore may find none (and must not create one).
            await app.Services.GetServices<IHostedService>().OfType<DatabaseInitializer>().Single().StartAsync(CancellationToken.None);
        }

        await using var scope = app.Services.CreateAsyncScope();
        return await RunAsync(scope.ServiceProvider, command, Console.Out, Console.Error, CancellationToken.None);
    }

    public static async Task<int> RunAsync(IServiceProvider services, CliCommand command, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var tokens = services.GetRequiredService<TokenService>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        switch (command.Noun, command.Verb)
        {
            case ("token", "create"):
                {
                    var user = await FindUserAsync(users, command, stderr);
                    if (user is null)
                    {
                        return BadInput;
                    }

                    var expires = command.Value("expires") ?? "30d";
                    if (!TokenLifetime.TryParse(expires, out var lifetime))
                    {
                        await stderr.WriteLineAsync($"--expires \"{expires}\" tidak valid: tulis seperti 30m, 12h, 1d, atau 90d (paling lama 366d).");
                        return BadInput;
                    }

                    var (_, secret) = await tokens.CreateAsync(user.Id, command.Value("name") ?? "cli", lifetime, ct);
                    await stdout.WriteLineAsync(secret);
                    return Ok;
                }

            case ("token", "revoke"):
                {
                    var user = await FindUserAsync(users, command, stderr);
                    if (user is null)
                    {
                        return BadInput;
                    }

                    var count = await tokens.RevokeAsync(user.Id, null, ct);
                    await stdout.WriteLineAsync($"{count} token milik {user.UserName} dicabut.");
                    return Ok;
                }

            case ("user", "create"):
                return await CreateUserAsync(users, roles, command, stdout, stderr);

            case ("user", "list"):
                foreach (var user in users.Users.OrderBy(u => u.UserName).ToList())
                {
                    var held = await users.GetRolesAsync(user);
                    await stdout.WriteLineAsync($"{user.UserName}\t{user.FullName}\t{string.Join(", ", held.Order(StringComparer.Ordinal))}");
                }

                return Ok;

            case ("push", "vapid"):
                {
                    // A new VAPID pair for Web Push (no database needed): the lines are ready for the environment.
                    var (publicKey, privateKey) = Push.VapidKeys.Create();
                    await stdout.WriteLineAsync($"Push__VapidPublicKey={publicKey}");
                    await stdout.WriteLineAsync($"Push__VapidPrivateKey={privateKey}");
                    await stdout.WriteLineAsync("Push__Subject=mailto:admin@kecamatan-contoh.go.id");
                    return Ok;
                }

            case ("backup", ""):
                return await SopBackup.BackupAsync(services, command, stdout, stderr, ct);

            case ("restore", ""):
                return await SopBackup.RestoreAsync(services, command, stdout, stderr, ct);

            default:
                await stderr.WriteLineAsync(Usage);
                return BadInput;
        }
    }

    public const string Usage = """
        Perintah yang dikenal:
          token create --user <nama> [--expires 1d] [--name <label>]   membuat token API dan mencetaknya
          token revoke --user <nama>                                   mencabut semua token pengguna
          user create --user <nama> --password <sandi> --role <peran> [--role <peran>...] [--name "<nama lengkap>"]
          user list                                                    daftar pengguna dan perannya
          push vapid                                                   membuat pasangan kunci VAPID baru untuk notifikasi push
          backup <berkas.tar.gz> [--force]                             mencadangkan basis data SQLite dan folder media
          restore <berkas.tar.gz> [--force]                            memulihkan cadangan (situs dihentikan dahulu)
        """;

    private static async Task<AppUser?> FindUserAsync(UserManager<AppUser> users, CliCommand command, TextWriter stderr)
    {
        var name = command.Value("user");
        if (string.IsNullOrWhiteSpace(name))
        {
            await stderr.WriteLineAsync("--user wajib diisi.");
            return null;
        }

        var user = await users.FindByNameAsync(name);
        if (user is null)
        {
            await stderr.WriteLineAsync($"Pengguna \"{name}\" tidak ditemukan.");
        }

        return user;
    }

    private static async Task<int> CreateUserAsync(UserManager<AppUser> users, RoleManager<IdentityRole> roles, CliCommand command, TextWriter stdout, TextWriter stderr)
    {
        var name = command.Value("user");
        var password = command.Value("password");
        var wanted = command.All("role");
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add("--user wajib diisi.");
        }

        if (string.IsNullOrEmpty(password))
        {
            problems.Add("--password wajib diisi.");
        }

        if (wanted.Count == 0)
        {
            problems.Add($"Sedikitnya satu --role: {string.Join(", ", roles.Roles.Select(r => r.Name).OrderBy(r => r))}.");
        }

        foreach (var role in wanted.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            problems.Add($"Peran \"{role}\" tidak dikenal; pilih dari: {string.Join(", ", roles.Roles.Select(r => r.Name).OrderBy(r => r))}.");
        }

        if (problems.Count == 0 && await users.FindByNameAsync(name!) is not null)
        {
            problems.Add($"Pengguna \"{name}\" sudah ada.");
        }

        if (problems.Count > 0)
        {
            await stderr.WriteLineAsync(string.Join(Environment.NewLine, problems));
            return BadInput;
        }

        var user = new AppUser { UserName = name, FullName = command.Value("name") ?? name!, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password!);
        if (!created.Succeeded)
        {
            await stderr.WriteLineAsync(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
            return BadInput;
        }

        IdentitySeeder.Ensure(await users.AddToRolesAsync(user, wanted.Distinct()), $"roles of {name}");
        await stdout.WriteLineAsync($"Pengguna {name} dibuat dengan peran {string.Join(", ", wanted.Distinct())}.");
        return Ok;
    }
}
