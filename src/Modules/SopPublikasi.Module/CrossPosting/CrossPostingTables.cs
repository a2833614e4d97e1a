using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>The tables this feature owns, as sets of the module's context (their mappings sit beside this file).</summary>
public static class CrossPostingTables
{
    extension(SopDbContext db)
    {
        public DbSet<OutboxMessage> Outbox => db.Set<OutboxMessage>();

        public DbSet<Channels.SocialChannelRecord> SocialChannels => db.Set<Channels.SocialChannelRecord>();

        public DbSet<CrossPostEdit> CrossPostEdits => db.Set<CrossPostEdit>();

        public DbSet<Removal.OutboxRemoval> OutboxRemovals => db.Set<Removal.OutboxRemoval>();
    }
}
