using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.LayananInformasi.Publik;

public sealed class SuratPemohonConfiguration : IEntityTypeConfiguration<SuratPemohon>
{
    public void Configure(EntityTypeBuilder<SuratPemohon> builder)
    {
        builder.ToTable("SuratPemohon");
        builder.HasIndex(s => new { s.Status, s.BerikutnyaPada });
        builder.HasIndex(s => s.PermohonanId);
        builder.HasIndex(s => s.KunciSekali).IsUnique();
        builder.Property(s => s.Jenis).HasMaxLength(40);
        builder.Property(s => s.KunciSekali).HasMaxLength(80);
        builder.Property(s => s.Kepada).HasMaxLength(256);
        builder.Property(s => s.Judul).HasMaxLength(200);
        builder.Property(s => s.Isi).HasMaxLength(4000);
        builder.Property(s => s.KodeLacak).HasMaxLength(20);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.GalatTerakhir).HasMaxLength(1000);
    }
}
