using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Site;

/// <summary>The tables this feature owns, as sets of the module's context (their mappings sit beside this file).</summary>
public static class SiteTables
{
    extension(SopDbContext db)
    {
        public DbSet<SiteSetting> SiteSettings => db.Set<SiteSetting>();
    }
}
