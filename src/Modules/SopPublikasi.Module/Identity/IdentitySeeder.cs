using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Identity;

/// <summary>The SOP's roles, and the first administrator when configured and none exists.</summary>
public sealed class IdentitySeeder(
    RoleManager<IdentityRole> roles, UserManager<AppUser> users, IOptions<AccountOptions> options, ILogger<IdentitySeeder> logger) : IDataSeeder
{
    public int Order => 0;

    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var name in SopRoles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                Ensure(await roles.CreateAsync(new IdentityRole(name)), $"role {name}");
            }
        }

        var account = options.Value;
        if (string.IsNullOrWhiteSpace(account.InitialAdminUser) || string.IsNullOrWhiteSpace(account.InitialAdminPassword)
            || (await users.GetUsersInRoleAsync(SopRoles.Administrator)).Count > 0)
        {
            return;
        }

        var admin = new AppUser { UserName = account.InitialAdminUser, FullName = "Administrator", EmailConfirmed = true };
        Ensure(await users.CreateAsync(admin, account.InitialAdminPassword), "initial administrator");
        Ensure(await users.AddToRoleAsync(admin, SopRoles.Administrator), "initial administrator role");
        logger.LogInformation("Created the initial administrator {User}", account.InitialAdminUser);
    }

    public static void Ensure(IdentityResult result, string what)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
