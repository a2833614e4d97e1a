using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Materi;

/// <summary>The tables this feature owns, as sets of the module's context (their mappings sit beside this file).</summary>
public static class MateriTables
{
    extension(SopDbContext db)
    {
        public DbSet<MateriPublikasi> Materi => db.Set<MateriPublikasi>();

        public DbSet<MateriVersion> MateriVersions => db.Set<MateriVersion>();

        public DbSet<Category> Categories => db.Set<Category>();

        public DbSet<MateriComment> MateriComments => db.Set<MateriComment>();

        public DbSet<LembarDisposisi> Disposisi => db.Set<LembarDisposisi>();

        public DbSet<MateriRalat> MateriRalat => db.Set<MateriRalat>();
    }
}
