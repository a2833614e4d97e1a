using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Security.Permissions;

/// <summary>The tables this feature owns, as sets of the module's context (their mappings sit beside this file).</summary>
public static class PermissionTables
{
    extension(SopDbContext db)
    {
        public DbSet<PermissionGrant> PermissionGrants => db.Set<PermissionGrant>();

        public DbSet<SeededPermission> SeededPermissions => db.Set<SeededPermission>();
    }
}
