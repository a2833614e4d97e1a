using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Disposisi;

/// <summary>The tables this feature owns, as sets of the module's context (their mappings sit beside this file).</summary>
public static class DisposisiTables
{
    extension(SopDbContext db)
    {
        public DbSet<InstruksiDisposisi> InstruksiDisposisi => db.Set<InstruksiDisposisi>();
    }
}
