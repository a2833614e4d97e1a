using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.Halaman;

public sealed class HalamanConfiguration : IEntityTypeConfiguration<HalamanStatis>
{
    public void Configure(EntityTypeBuilder<HalamanStatis> builder)
    {
        builder.ToTable("Halaman");
        builder.HasKey(h => h.Slug);
        builder.Property(h => h.Slug).HasMaxLength(80);
        builder.Property(h => h.Grup).HasMaxLength(20);
        builder.Property(h => h.Judul).HasMaxLength(200);
        builder.Property(h => h.UpdatedBy).HasMaxLength(200);
    }
}
