using Microsoft.EntityFrameworkCore;

namespace SopPublikasi.Module.Data.Idempotency;

/// <summary>The idempotency records, as a set of the module's context.</summary>
public static class IdempotencyTables
{
    extension(SopDbContext db)
    {
        public DbSet<IdempotencyRecord> IdempotencyRecords => db.Set<IdempotencyRecord>();
    }
}
