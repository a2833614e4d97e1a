using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopPublikasi.Module.CrossPosting.Channels;

namespace SopPublikasi.Module.CrossPosting;

public sealed class SocialChannelRecordConfiguration : IEntityTypeConfiguration<SocialChannelRecord>
{
    public void Configure(EntityTypeBuilder<SocialChannelRecord> builder)
    {
        builder.ToTable("SocialChannels");
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Type).HasMaxLength(40);
        builder.Property(c => c.BaseUrl).HasMaxLength(500);
        builder.Property(c => c.ProfilUrl).HasMaxLength(500);
        builder.Property(c => c.ProtectedCredentials).HasMaxLength(8000);
        builder.Property(c => c.PausedReason).HasMaxLength(2000);
        builder.Property(c => c.RateLimitReason).HasMaxLength(500);
        builder.Property(c => c.QuotaWarning).HasMaxLength(1000);
    }
}
