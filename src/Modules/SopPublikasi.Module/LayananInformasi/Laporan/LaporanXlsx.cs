using ClosedXML.Excel;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.LayananInformasi.Laporan;

/// <summary>
/// The report as a workbook: "Ringkasan" (the year's figures), "Bulanan" (the monthly summary for the PPID Utama) and
/// "Register" (the year's requests, without NIK, address or contact).
/// </summary>
public static class LaporanXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileName(int tahun) => $"laporan-layanan-informasi-{tahun}.xlsx";

    public static byte[] Build(LaporanTahunan r, IReadOnlyList<BarisRegister> register, string instansi)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(register);
        using var book = new XLWorkbook();
        Ringkasan(book.AddWorksheet("Ringkasan"), r, instansi);
        Bulanan(book.AddWorksheet("Bulanan"), r);
        Register(book.AddWorksheet("Register"), register);
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Ringkasan(IXLWorksheet s, LaporanTahunan r, string instansi)
    {
        s.Cell(1, 1).Value = $"Laporan Layanan Informasi Publik Tahun {r.Tahun}";
        s.Cell(1, 1).Style.Font.Bold = true;
        s.Cell(2, 1).Value = instansi;
        var row = 4;
        void Line(string label, object? value)
        {
            s.Cell(row, 1).Value = label;
            s.Cell(row, 2).Value = value switch
            {
                null => "-",
                int i => i,
                double d => d,
                _ => value.ToString(),
            };
            row++;
        }

        Line("Permohonan diterima", r.Diterima);
        Line("Dijawab", r.Dijawab);
        Line("Dikabulkan", r.Dikabulkan);
        Line("Dikabulkan sebagian", r.DikabulkanSebagian);
        Line("Ditolak", r.Ditolak);
        Line("Informasi tidak dikuasai", r.TidakDikuasai);
        Line("Masih diproses", r.MasihProses);
        Line("Rata-rata waktu jawab (hari kerja)", r.RataRataHariKerja);
        Line("Waktu jawab terlama (hari kerja)", r.TerlamaHariKerja);
        Line("Diperpanjang", r.Diperpanjang);
        Line("Dijawab melewati batas waktu", r.DijawabTerlambat);
        Line("Keberatan diajukan", r.Keberatan.Diajukan);
        Line("Keberatan diterima", r.Keberatan.Dikabulkan);
        Line("Keberatan ditolak", r.Keberatan.Ditolak);
        Line("Keberatan menunggu tanggapan", r.Keberatan.MenungguTanggapan);
        Line("Sengketa ke Komisi Informasi", r.Sengketa);
        row++;
        s.Cell(row++, 1).Value = "Penolakan menurut alasan pengecualian";
        foreach (var a in r.PenolakanPerAlasan)
        {
            Line($"{a.Alasan}: {a.Keterangan}", a.Jumlah);
        }

        row++;
        s.Cell(row++, 1).Value = "Keberatan menurut alasan";
        foreach (var a in r.Keberatan.PerAlasan)
        {
            Line($"{a.Alasan}: {a.Keterangan}", a.Jumlah);
        }

        s.Column(1).Width = 60;
        s.Column(2).Width = 14;
    }

    private static void Bulanan(IXLWorksheet s, LaporanTahunan r)
    {
        string[] head = ["Bulan", "Diterima", "Dikabulkan", "Dikabulkan sebagian", "Ditolak", "Tidak dikuasai", "Masih diproses", "Rata-rata hari kerja", "Keberatan"];
        for (var c = 0; c < head.Length; c++)
        {
            s.Cell(1, c + 1).Value = head[c];
            s.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var row = 2;
        foreach (var m in r.Bulanan)
        {
            s.Cell(row, 1).Value = m.NamaBulan;
            s.Cell(row, 2).Value = m.Diterima;
            s.Cell(row, 3).Value = m.Dikabulkan;
            s.Cell(row, 4).Value = m.DikabulkanSebagian;
            s.Cell(row, 5).Value = m.Ditolak;
            s.Cell(row, 6).Value = m.TidakDikuasai;
            s.Cell(row, 7).Value = m.MasihProses;
            if (m.RataRataHariKerja is { } avg)
            {
                s.Cell(row, 8).Value = avg;
            }
            else
            {
                s.Cell(row, 8).Value = "-";
            }

            s.Cell(row, 9).Value = m.Keberatan;
            row++;
        }

        s.Cell(row, 1).Value = "Jumlah";
        s.Cell(row, 1).Style.Font.Bold = true;
        s.Cell(row, 2).Value = r.Diterima;
        s.Cell(row, 3).Value = r.Dikabulkan;
        s.Cell(row, 4).Value = r.DikabulkanSebagian;
        s.Cell(row, 5).Value = r.Ditolak;
        s.Cell(row, 6).Value = r.TidakDikuasai;
        s.Cell(row, 7).Value = r.MasihProses;
        s.Cell(row, 8).Value = r.RataRataHariKerja is { } all ? all : "-";
        s.Cell(row, 9).Value = r.Keberatan.Diajukan;
        s.Column(1).Width = 14;
    }

    private static void Register(IXLWorksheet s, IReadOnlyList<BarisRegister> rows)
    {
        string[] head = ["Nomor register", "Tanggal diterima", "Saluran", "Jenis pemohon", "Nama pemohon", "Rincian informasi", "Status", "Keputusan", "Batas waktu", "Tanggal dijawab", "Lama (hari kerja)", "Diperpanjang", "Alasan pengecualian", "Keberatan"];
        for (var c = 0; c < head.Length; c++)
        {
            s.Cell(1, c + 1).Value = head[c];
            s.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var row = 2;
        foreach (var p in rows)
        {
            s.Cell(row, 1).Value = p.Nomor;
            s.Cell(row, 2).Value = Day(p.DiterimaPada);
            s.Cell(row, 3).Value = p.Saluran;
            s.Cell(row, 4).Value = p.JenisPemohon;
            s.Cell(row, 5).Value = p.Nama;
            s.Cell(row, 6).Value = p.RincianInformasi;
            s.Cell(row, 7).Value = p.Status;
            s.Cell(row, 8).Value = p.Keputusan ?? "-";
            s.Cell(row, 9).Value = Day(p.BatasWaktu);
            s.Cell(row, 10).Value = p.DijawabPada is { } dj ? Day(dj) : "-";
            if (p.LamaHariKerja is { } lama)
            {
                s.Cell(row, 11).Value = lama;
            }
            else
            {
                s.Cell(row, 11).Value = "-";
            }

            s.Cell(row, 12).Value = p.Diperpanjang ? "Ya" : "Tidak";
            s.Cell(row, 13).Value = p.AlasanPengecualian ?? "-";
            s.Cell(row, 14).Value = p.Keberatan;
            row++;
        }
    }

    /// <summary>The WIB date as the office writes it: 15/06/2026.</summary>
    private static string Day(DateTimeOffset value) => IndonesianTime.ToWib(value).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
