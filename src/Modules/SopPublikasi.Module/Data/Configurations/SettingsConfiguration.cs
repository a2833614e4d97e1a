using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopPublikasi.Module.Disposisi;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Data.Configurations;

public sealed class SiteSettingConfiguration : IEntityTypeConfiguration<SiteSetting>
{
    public void Configure(EntityTypeBuilder<SiteSetting> builder)
    {
        builder.ToTable("SiteSettings");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(2000);
        builder.Property(s => s.UpdatedBy).HasMaxLength(200);
    }
}

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
