using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Security.Permissions;

/// <summary>
/// Adds the default grants of a permission the first time the site sees it, and records it as seen: a grant an
/// administrator revoked later stays revoked.
/// </summary>
public sealed class PermissionSeeder(SopDbContext db, PermissionCatalog catalog) : IDataSeeder
{
    public int Order => 5;

    public async Task SeedAsync(CancellationToken ct)
    {
        var seen = (await db.SeededPermissions.AsNoTracking().Select(p => p.Name).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var granted = (await db.PermissionGrants.AsNoTracking().ToListAsync(ct)).Select(g => (g.RoleName, g.Permission)).ToHashSet();
        var fresh = catalog.All.Select(p => p.Name).Where(n => !seen.Contains(n)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (role, permission) in catalog.Defaults.Where(d => fresh.Contains(d.Permission)).Distinct())
        {
            if (granted.Add((role, permission)))
            {
                db.PermissionGrants.Add(new PermissionGrant { RoleName = role, Permission = permission });
            }
        }

        db.SeededPermissions.AddRange(fresh.Select(n => new SeededPermission { Name = n }));
        await db.SaveChangesAsync(ct);
    }
}
