using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.Notifications;

public sealed class UserNotificationConfiguration : IEntityTypeConfiguration<UserNotification>
{
    public void Configure(EntityTypeBuilder<UserNotification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => new { n.EmailStatus, n.EmailNextAttemptAt });
        builder.HasIndex(n => n.OnceKey);

        // "berkala-usang" notices go out once per person and publication even with two instances checking at once.
        builder.HasIndex(n => new { n.UserId, n.OnceKey }).IsUnique().HasFilter("\"Kind\" = 'berkala-usang'");
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Kind).HasMaxLength(40);
        builder.Property(n => n.Title).HasMaxLength(200);
        builder.Property(n => n.Body).HasMaxLength(4000);
        builder.Property(n => n.Link).HasMaxLength(500);
        builder.Property(n => n.OnceKey).HasMaxLength(200);
        builder.Property(n => n.EmailTo).HasMaxLength(256);
        builder.Property(n => n.EmailStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.EmailLastError).HasMaxLength(1000);
    }
}
