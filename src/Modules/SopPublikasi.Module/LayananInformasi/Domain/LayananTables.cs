using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.LayananInformasi.Domain;

/// <summary>The tables this feature owns, as sets of the module's context (their mappings sit beside this file).</summary>
public static class LayananTables
{
    extension(SopDbContext db)
    {
        public DbSet<Permohonan> Permohonan => db.Set<Permohonan>();

        public DbSet<LampiranJawaban> PermohonanLampiran => db.Set<LampiranJawaban>();

        public DbSet<Keberatan> Keberatan => db.Set<Keberatan>();

        public DbSet<HariLibur> HariLibur => db.Set<HariLibur>();

        public DbSet<LayananHistoryEntry> LayananHistory => db.Set<LayananHistoryEntry>();
    }
}
