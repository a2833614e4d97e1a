using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.Materi;

public sealed class DisposisiConfiguration : IEntityTypeConfiguration<LembarDisposisi>
{
    public void Configure(EntityTypeBuilder<LembarDisposisi> builder)
    {
        builder.ToTable("Disposisi");
        // Ids are made by the application (Guid.NewGuid), so a new row reached through a navigation is an insert.
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.NomorAgenda).HasMaxLength(50);
        builder.Property(d => d.AsalSurat).HasMaxLength(200);
        builder.Property(d => d.NomorSurat).HasMaxLength(100);
        builder.Property(d => d.Perihal).HasMaxLength(500);
        builder.Property(d => d.Urgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.SecurityClass).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Catatan).HasMaxLength(2000);
        builder.Property(d => d.DiteruskanKepada).HasMaxLength(200);
        builder.Property(d => d.GiverId).HasMaxLength(450);
        builder.Property(d => d.GiverName).HasMaxLength(200);
        builder.Property(d => d.NomorSuratMasuk).HasMaxLength(50);
        builder.Property(d => d.NomorNaskahSrikandi).HasMaxLength(100);
        builder.HasIndex(d => d.NomorAgenda);
    }
}
