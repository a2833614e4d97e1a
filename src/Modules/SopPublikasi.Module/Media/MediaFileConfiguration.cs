using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.Media;

public sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> builder)
    {
        builder.ToTable("Media");
        // Ids are made by the application (Guid.NewGuid), so a new row reached through a navigation is an insert.
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.OriginalName).HasMaxLength(200);
        builder.Property(m => m.StoredPath).HasMaxLength(300);
        builder.Property(m => m.ContentType).HasMaxLength(100);
        builder.Property(m => m.Sha256).HasMaxLength(64);
        builder.Property(m => m.UploadedById).HasMaxLength(450);
        builder.Property(m => m.Caption).HasMaxLength(MediaFile.CaptionMaxLength);
        builder.Property(m => m.Credit).HasMaxLength(MediaFile.CreditMaxLength);
        // The media library lists the newest uploads first.
        builder.HasIndex(m => m.UploadedAt);
        builder.Ignore(m => m.StoredPaths);
        builder.OwnsMany(m => m.Variants, variant =>
        {
            variant.ToTable("MediaVariants");
            variant.WithOwner().HasForeignKey("MediaId");
            variant.HasKey("MediaId", nameof(MediaVariant.Width), nameof(MediaVariant.Format));
            variant.Property(v => v.Format).HasMaxLength(8);
            variant.Property(v => v.StoredPath).HasMaxLength(300);
            variant.Ignore(v => v.ContentType);
        });
    }
}
