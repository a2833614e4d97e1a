using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.Workflow;

public sealed class HistoryEntryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public void Configure(EntityTypeBuilder<HistoryEntry> builder)
    {
        builder.ToTable("History");
        // One row per sequence number: of two concurrent moves on one item, the second fails to insert.
        builder.HasIndex(h => new { h.MateriId, h.Sequence }).IsUnique();
        builder.Property(h => h.Action).HasMaxLength(40);
        builder.Property(h => h.From).HasConversion<string>().HasMaxLength(40);
        builder.Property(h => h.To).HasConversion<string>().HasMaxLength(40);
        builder.Property(h => h.ActorId).HasMaxLength(450);
        builder.Property(h => h.ActorName).HasMaxLength(200);
        builder.Property(h => h.IssuedById).HasMaxLength(450);
        builder.Property(h => h.Role).HasMaxLength(100);
        builder.Property(h => h.Note).HasMaxLength(2000);
        builder.Property(h => h.PreviousHash).HasMaxLength(64);
        builder.Property(h => h.Hash).HasMaxLength(64);
    }
}
