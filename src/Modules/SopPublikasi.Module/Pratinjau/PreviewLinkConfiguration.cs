using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.Module.Pratinjau;

public sealed class PreviewLinkConfiguration : IEntityTypeConfiguration<PreviewLink>
{
    public void Configure(EntityTypeBuilder<PreviewLink> builder)
    {
        builder.ToTable("PreviewLinks");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.MateriId);
        builder.Property(l => l.CreatedById).HasMaxLength(450);
        builder.Property(l => l.CreatedByName).HasMaxLength(256);
        builder.Property(l => l.RevokedById).HasMaxLength(450);
        builder.Property(l => l.RevokedByName).HasMaxLength(256);
        builder.HasOne<MateriPublikasi>().WithMany().HasForeignKey(l => l.MateriId).OnDelete(DeleteBehavior.Cascade);
    }
}
