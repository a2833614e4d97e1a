using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Halaman;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Permissions;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.Module.Tests.Security;

/// <summary>The seeder adds a permission's defaults once; the service answers from the grants of the actor's roles.</summary>
public sealed class PermissionServiceTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public PermissionServiceTests()
    {
        _connection.Open();
        using var db = NewDb();
        db.Database.EnsureCreated();
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task Defaults_AllowExactlyTheSopRolesOfToday()
    {
        await SeedAsync(HalamanPermissions.Provider, WebhookPermissions.Provider);
        using var db = NewDb();
        var service = new PermissionService(db, null!);

        Assert.True(await service.MayAsync(Actor(SopRoles.Administrator), WebhookPermissions.KelolaWebhookName));
        Assert.True(await service.MayAsync(Actor(SopRoles.Sekretaris), HalamanPermissions.SuntingHalamanName));
        Assert.True(await service.MayAsync(Actor(SopRoles.StafSekretariat, SopRoles.Sekretaris), HalamanPermissions.SuntingHalamanName));
        foreach (var role in SopRoles.All.Where(r => r != SopRoles.Administrator))
        {
            Assert.False(await service.MayAsync(Actor(role), WebhookPermissions.KelolaWebhookName));
        }

        Assert.False(await service.MayAsync(Actor(SopRoles.PpidPembantu), HalamanPermissions.SuntingHalamanName));
        Assert.False(await service.MayAsync(Actor(), HalamanPermissions.SuntingHalamanName));
        Assert.False(await service.MayAsync(Actor(SopRoles.Administrator), "TidakAda"));
    }

    [Fact]
    public async Task RevokedDefault_StaysRevoked_NewPermissionGetsItsDefaultsOnce()
    {
        await SeedAsync(HalamanPermissions.Provider);
        using (var db = NewDb())
        {
            db.PermissionGrants.Remove(await db.PermissionGrants.SingleAsync(g => g.RoleName == SopRoles.Sekretaris));
            await db.SaveChangesAsync();
        }

        await SeedAsync(HalamanPermissions.Provider, WebhookPermissions.Provider);
        await SeedAsync(HalamanPermissions.Provider, WebhookPermissions.Provider);

        using var check = NewDb();
        var grants = await check.PermissionGrants.OrderBy(g => g.Permission).Select(g => g.RoleName + ":" + g.Permission).ToListAsync();
        Assert.Equal([SopRoles.Administrator + ":KelolaWebhook", SopRoles.Administrator + ":SuntingHalaman"], grants);
        Assert.Equal(2, await check.SeededPermissions.CountAsync());
    }

    private static Actor Actor(params string[] roles) => new("id", "Uji", roles.ToHashSet(StringComparer.Ordinal));

    private async Task SeedAsync(params IPermissionProvider[] providers)
    {
        using var db = NewDb();
        await new PermissionSeeder(db, new PermissionCatalog(providers)).SeedAsync(CancellationToken.None);
    }

    private SqliteSopDbContext NewDb() =>
        new(new DbContextOptionsBuilder<SqliteSopDbContext>().UseSqlite(_connection).Options);
}
