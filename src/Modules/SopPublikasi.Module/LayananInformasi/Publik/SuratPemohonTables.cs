using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>The table this feature owns, as a set of the module's context (its mapping sits beside this file).</summary>
public static class SuratPemohonTables
{
    extension(SopDbContext db)
    {
        public DbSet<SuratPemohon> SuratPemohon => db.Set<SuratPemohon>();
    }
}
