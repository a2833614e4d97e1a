using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.LayananInformasi.Domain;

public sealed class PermohonanConfiguration : IEntityTypeConfiguration<Permohonan>
{
    public void Configure(EntityTypeBuilder<Permohonan> builder)
    {
        builder.ToTable("Permohonan");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.NomorRegister).HasMaxLength(100);
        builder.HasIndex(p => p.NomorRegister).IsUnique();
        // Numbers run per year; two instances taking the same number collide here and the loser takes the next.
        builder.HasIndex(p => new { p.Tahun, p.Urutan }).IsUnique();
        builder.Property(p => p.KodeLacakHash).HasMaxLength(64);
        builder.Property(p => p.Saluran).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.JenisPemohon).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.NamaPemohon).HasMaxLength(200);
        builder.Property(p => p.NomorIdentitas).HasMaxLength(100);
        builder.Property(p => p.Alamat).HasMaxLength(500);
        builder.Property(p => p.Telepon).HasMaxLength(30);
        builder.Property(p => p.Email).HasMaxLength(254);
        builder.Property(p => p.BerkasIdentitas).HasMaxLength(300);
        builder.Property(p => p.RincianInformasi).HasMaxLength(4000);
        builder.Property(p => p.TujuanPenggunaan).HasMaxLength(2000);
        builder.Property(p => p.CaraMemperoleh).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.CaraMendapatkanSalinan).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.AlasanPerpanjangan).HasMaxLength(2000);
        builder.Property(p => p.UsulanKeputusan).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.UsulanJawaban).HasMaxLength(8000);
        builder.Property(p => p.Keputusan).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Jawaban).HasMaxLength(8000);
        builder.Property(p => p.AlasanPengecualian).HasMaxLength(500);
        builder.Property(p => p.UjiKonsekuensiJson).HasMaxLength(8000);
        builder.Property(p => p.PenguasaInformasi).HasMaxLength(500);
        builder.Property(p => p.TautanInformasi).HasMaxLength(500);
        builder.Property(p => p.Revisi).IsConcurrencyToken();
        builder.HasIndex(p => new { p.Status, p.BatasWaktu });
        builder.HasIndex(p => p.DiterimaPada);
        builder.HasMany(p => p.Lampiran).WithOne().HasForeignKey(l => l.PermohonanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.KeberatanList).WithOne(k => k.Permohonan).HasForeignKey(k => k.PermohonanId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class LampiranJawabanConfiguration : IEntityTypeConfiguration<LampiranJawaban>
{
    public void Configure(EntityTypeBuilder<LampiranJawaban> builder)
    {
        builder.ToTable("PermohonanLampiran");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.NamaBerkas).HasMaxLength(255);
        builder.Property(l => l.ContentType).HasMaxLength(100);
        builder.Property(l => l.Lokasi).HasMaxLength(300);
    }
}

public sealed class KeberatanConfiguration : IEntityTypeConfiguration<Keberatan>
{
    public void Configure(EntityTypeBuilder<Keberatan> builder)
    {
        builder.ToTable("Keberatan");
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.NomorRegister).HasMaxLength(100);
        builder.HasIndex(k => k.NomorRegister).IsUnique();
        builder.HasIndex(k => new { k.Tahun, k.Urutan }).IsUnique();
        builder.Property(k => k.Uraian).HasMaxLength(4000);
        builder.Property(k => k.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(k => k.Putusan).HasConversion<string>().HasMaxLength(30);
        builder.Property(k => k.Tanggapan).HasMaxLength(8000);
        builder.Property(k => k.CatatanSengketa).HasMaxLength(2000);
        builder.Property(k => k.Revisi).IsConcurrencyToken();
        builder.HasIndex(k => new { k.Status, k.BatasWaktu });
    }
}

public sealed class HariLiburConfiguration : IEntityTypeConfiguration<HariLibur>
{
    public void Configure(EntityTypeBuilder<HariLibur> builder)
    {
        builder.ToTable("HariLibur");
        builder.HasKey(h => h.Tanggal);
        builder.Property(h => h.Keterangan).HasMaxLength(200);
    }
}

public sealed class LayananHistoryEntryConfiguration : IEntityTypeConfiguration<LayananHistoryEntry>
{
    public void Configure(EntityTypeBuilder<LayananHistoryEntry> builder)
    {
        builder.ToTable("LayananHistory");
        builder.HasIndex(h => new { h.PermohonanId, h.Sequence }).IsUnique();
        builder.Property(h => h.Action).HasMaxLength(50);
        builder.Property(h => h.From).HasMaxLength(30);
        builder.Property(h => h.To).HasMaxLength(30);
        builder.Property(h => h.ActorId).HasMaxLength(450);
        builder.Property(h => h.ActorName).HasMaxLength(400);
        builder.Property(h => h.Note).HasMaxLength(2000);
        builder.Property(h => h.PreviousHash).HasMaxLength(64);
        builder.Property(h => h.Hash).HasMaxLength(64);
        builder.HasOne<Permohonan>().WithMany().HasForeignKey(h => h.PermohonanId).OnDelete(DeleteBehavior.Restrict);
    }
}
