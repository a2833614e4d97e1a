using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.CrossPosting;

public sealed class CrossPostEditConfiguration : IEntityTypeConfiguration<CrossPostEdit>
{
    public void Configure(EntityTypeBuilder<CrossPostEdit> builder)
    {
        builder.ToTable("CrossPostEdits");
        builder.HasKey(e => new { e.MateriId, e.Channel });
        builder.Property(e => e.Channel).HasMaxLength(100);
        builder.Property(e => e.Text).HasMaxLength(70_000);
        builder.Property(e => e.EditedById).HasMaxLength(450);
    }
}
