using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Pratinjau;

/// <summary>The tables this feature owns, as sets of the module's context (their mappings sit beside this file).</summary>
public static class PratinjauTables
{
    extension(SopDbContext db)
    {
        public DbSet<PreviewLink> PreviewLinks => db.Set<PreviewLink>();
    }
}
