using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.Disposisi;

public sealed class InstruksiDisposisiConfiguration : IEntityTypeConfiguration<InstruksiDisposisi>
{
    public void Configure(EntityTypeBuilder<InstruksiDisposisi> builder)
    {
        builder.ToTable("InstruksiDisposisi");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Text).HasMaxLength(200);
        builder.HasIndex(i => i.Text).IsUnique();
    }
}
