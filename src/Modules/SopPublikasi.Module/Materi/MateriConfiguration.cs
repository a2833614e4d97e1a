using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.Materi;

public sealed class MateriConfiguration : IEntityTypeConfiguration<MateriPublikasi>
{
    public void Configure(EntityTypeBuilder<MateriPublikasi> builder)
    {
        builder.ToTable("Materi");
        // Ids are made by the application (Guid.NewGuid), so a new row reached through a navigation is an insert.
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Ignore(m => m.DomainEvents);
        builder.Ignore(m => m.HasBeenPublished);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.Slug).HasMaxLength(Common.SlugGenerator.MaxLength);
        builder.HasIndex(m => m.Slug).IsUnique();
        builder.Property(m => m.AssigneeId).HasMaxLength(450);
        builder.Property(m => m.AssigneeName).HasMaxLength(200);
        builder.Property(m => m.KategoriInformasi).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.UjiKonsekuensi).HasConversion(
            v => v == null ? null : JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
            s => s == null ? null : JsonSerializer.Deserialize<UjiKonsekuensi>(s, JsonSerializerOptions.Default));
        builder.Property(m => m.Dip).HasConversion(
            v => v == null ? null : JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
            s => s == null ? null : JsonSerializer.Deserialize<DaftarInformasi>(s, JsonSerializerOptions.Default));
        builder.Property(m => m.ReturnReason).HasMaxLength(2000);
        builder.Property(m => m.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(m => m.State);
        // Public lists read newest first (all, or one Perki category such as serta merta) and stop after a page.
        builder.HasIndex(m => new { m.FirstPublishedAt, m.Id });
        builder.HasIndex(m => new { m.KategoriInformasi, m.FirstPublishedAt });
        builder.HasIndex(m => new { m.PublishedCategoryId, m.FirstPublishedAt });

        builder.HasOne(m => m.Disposisi).WithOne().HasForeignKey<MateriPublikasi>(m => m.DisposisiId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Versions).WithOne().HasForeignKey(v => v.MateriId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.History).WithOne().HasForeignKey(h => h.MateriId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Corrections).WithOne().HasForeignKey(r => r.MateriId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.LatestCorrectionNote).HasMaxLength(MateriRalat.MaxLength);
        builder.HasOne(m => m.PublishedVersion).WithMany().HasForeignKey(m => m.PublishedVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
