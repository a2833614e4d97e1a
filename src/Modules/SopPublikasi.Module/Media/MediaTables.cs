using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Media;

/// <summary>The tables this feature owns, as sets of the module's context (their mappings sit beside this file).</summary>
public static class MediaTables
{
    extension(SopDbContext db)
    {
        public DbSet<MediaFile> Media => db.Set<MediaFile>();
    }
}
