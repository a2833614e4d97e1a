using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.CrossPosting;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        // Ids are made by the application (Guid.NewGuid), so a new row reached through a navigation is an insert.
        builder.Property(m => m.Id).ValueGeneratedNever();
        // One row per article × channel: a second approval of a revision can never post the article twice.
        builder.HasIndex(m => new { m.MateriId, m.Channel }).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.Property(m => m.Channel).HasMaxLength(100);
        builder.Property(m => m.ChannelType).HasMaxLength(40);
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Link).HasMaxLength(500);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.RemoteId).HasMaxLength(200);
        builder.Property(m => m.RemoteUrl).HasMaxLength(500);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.WaitReason).HasMaxLength(500);
        builder.Property(m => m.ImageAlt).HasMaxLength(1000);
        builder.Property(m => m.Progress).HasMaxLength(200);
        builder.Property(m => m.SentById).HasMaxLength(450);
        builder.Property(m => m.SentByName).HasMaxLength(200);
        // Whoever saves a row must still hold its lease: a process whose lease ran out cannot overwrite the row
        // another instance took over (claims themselves are conditional UPDATEs, see OutboxClaims).
        builder.Property(m => m.LeaseOwner).HasMaxLength(200).IsConcurrencyToken();
    }
}
