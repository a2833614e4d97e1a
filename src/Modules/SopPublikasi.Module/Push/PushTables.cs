using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Push;

/// <summary>The tables this feature owns, as sets of the module's context (their mappings sit beside this file).</summary>
public static class PushTables
{
    extension(SopDbContext db)
    {
        public DbSet<PushDevice> PushDevices => db.Set<PushDevice>();

        public DbSet<PushDelivery> PushDeliveries => db.Set<PushDelivery>();
    }
}
