using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.Materi;

public sealed class MateriRalatConfiguration : IEntityTypeConfiguration<MateriRalat>
{
    public void Configure(EntityTypeBuilder<MateriRalat> builder)
    {
        builder.ToTable("MateriRalat");
        // Made by the aggregate (Guid.NewGuid): a new row reached through MateriPublikasi.Corrections is an insert.
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Note).HasMaxLength(MateriRalat.MaxLength);
        builder.HasIndex(r => new { r.MateriId, r.PublishedAt });
    }
}
