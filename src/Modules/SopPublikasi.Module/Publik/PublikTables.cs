using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Publik;

/// <summary>The tables this feature owns, as sets of the module's context (their mappings sit beside this file).</summary>
public static class PublikTables
{
    extension(SopDbContext db)
    {
        public DbSet<ChangeStamp> ChangeStamps => db.Set<ChangeStamp>();
    }
}
