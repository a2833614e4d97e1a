using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.CrossPosting.Removal;

public sealed class OutboxRemovalConfiguration : IEntityTypeConfiguration<OutboxRemoval>
{
    public void Configure(EntityTypeBuilder<OutboxRemoval> builder)
    {
        builder.ToTable("OutboxRemovals");
        builder.Property(r => r.Id).ValueGeneratedNever();
        // One removal per post: a second withdrawal (or a repeated request) can never queue it twice.
        builder.HasIndex(r => r.OutboxId).IsUnique();
        builder.HasIndex(r => new { r.Status, r.NextAttemptAt });
        builder.HasIndex(r => r.MateriId);
        builder.Property(r => r.Channel).HasMaxLength(100);
        builder.Property(r => r.ChannelType).HasMaxLength(40);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.WaitReason).HasMaxLength(500);
        builder.Property(r => r.ManualHint).HasMaxLength(1000);
        builder.Property(r => r.LastError).HasMaxLength(2000);
        builder.Property(r => r.RemovedById).HasMaxLength(450);
        builder.Property(r => r.RemovedByName).HasMaxLength(200);
        // Whoever saves a row must still hold its lease (claims themselves are conditional UPDATEs, see RemovalClaims).
        builder.Property(r => r.LeaseOwner).HasMaxLength(200).IsConcurrencyToken();
    }
}
