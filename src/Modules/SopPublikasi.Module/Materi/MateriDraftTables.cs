using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Materi;

/// <summary>The autosave slots and what each person last saw of an item, as sets of the module's context.</summary>
public static class MateriDraftTables
{
    extension(SopDbContext db)
    {
        public DbSet<DraftAutosave> DraftAutosaves => db.Set<DraftAutosave>();

        public DbSet<MateriSeen> SeenVersions => db.Set<MateriSeen>();
    }
}
