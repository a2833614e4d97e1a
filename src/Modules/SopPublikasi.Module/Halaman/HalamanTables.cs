using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Halaman;

/// <summary>The tables this feature owns, as sets of the module's context (their mappings sit beside this file).</summary>
public static class HalamanTables
{
    extension(SopDbContext db)
    {
        public DbSet<HalamanStatis> Halaman => db.Set<HalamanStatis>();
    }
}
