using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.Materi;

public sealed class MateriVersionConfiguration : IEntityTypeConfiguration<MateriVersion>
{
    public void Configure(EntityTypeBuilder<MateriVersion> builder)
    {
        builder.ToTable("MateriVersions");
        // Ids are made by the application (Guid.NewGuid), so a new row reached through a navigation is an insert.
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => new { v.MateriId, v.Number }).IsUnique();
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Summary).HasMaxLength(1000);
        builder.Property(v => v.ActivityPlace).HasMaxLength(200);
        builder.Property(v => v.CoverImageAlt).HasMaxLength(500);
        builder.Property(v => v.EditorId).HasMaxLength(450);
        builder.Property(v => v.EditorName).HasMaxLength(200);
        builder.Property(v => v.IssuedById).HasMaxLength(450);
        builder.Property(v => v.CorrectionNote).HasMaxLength(MateriRalat.MaxLength);
        builder.HasOne(v => v.Category).WithMany().HasForeignKey(v => v.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
