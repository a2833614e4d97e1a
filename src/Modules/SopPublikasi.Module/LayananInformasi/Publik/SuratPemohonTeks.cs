using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>What the requester's e-mails say (Bahasa Indonesia, plain text). The tracking code is added by the sender, first mail only.</summary>
public static class SuratPemohonTeks
{
    public static (string Judul, string Isi) Diterima(Permohonan p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return ($"Permohonan informasi {p.NomorRegister} diterima",
            $"Yth. {p.NamaPemohon},\n\nPermohonan informasi Anda telah kami terima pada {PpidWaktu.Waktu(p.DiterimaPada)} "
            + $"dengan nomor register {p.NomorRegister}.\n\nInformasi yang diminta: {Ringkas(p.RincianInformasi)}\n\n"
            + $"Kami akan memberi jawaban tertulis paling lambat {PpidWaktu.Batas(p.BatasWaktu)}. Kami akan mengirim e-mail "
            + "setiap kali ada perkembangan.");
    }

    public static (string Judul, string Isi) Diperpanjang(Permohonan p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return ($"Jangka waktu permohonan {p.NomorRegister} diperpanjang",
            $"Yth. {p.NamaPemohon},\n\nJangka waktu jawaban atas permohonan informasi {p.NomorRegister} diperpanjang "
            + $"(satu kali, paling lama 7 hari kerja, UU 14/2008 Pasal 22 ayat 8).\n\nAlasan: {p.AlasanPerpanjangan}\n\n"
            + $"Batas waktu jawaban sekarang: {PpidWaktu.Batas(p.BatasWaktu)}.");
    }

    public static (string Judul, string Isi) Dijawab(Permohonan p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var keputusan = p.Keputusan is { } k ? LayananLabels.Keputusan(k) : "Dijawab";
        return ($"Permohonan {p.NomorRegister} telah dijawab: {keputusan}",
            $"Yth. {p.NamaPemohon},\n\nPermohonan informasi {p.NomorRegister} telah dijawab pada "
            + $"{(p.DijawabPada is { } d ? PpidWaktu.Waktu(d) : "hari ini")}.\n\nKeputusan: {keputusan}\n\n"
            + "Jawaban lengkap dan lampirannya dapat Anda baca di halaman lacak permohonan. Bila Anda tidak puas dengan "
            + "jawaban ini, Anda dapat mengajukan keberatan paling lambat 30 hari kerja sejak jawaban diterima.");
    }

    public static (string Judul, string Isi) KeberatanDiterima(Keberatan k, Permohonan p)
    {
        ArgumentNullException.ThrowIfNull(k);
        ArgumentNullException.ThrowIfNull(p);
        return ($"Keberatan {k.NomorRegister} diterima",
            $"Yth. {p.NamaPemohon},\n\nKeberatan Anda atas permohonan {p.NomorRegister} telah kami terima pada "
            + $"{PpidWaktu.Waktu(k.DiterimaPada)} dengan nomor register {k.NomorRegister}.\n\nAtasan PPID akan memberi "
            + $"tanggapan tertulis paling lambat {PpidWaktu.Batas(k.BatasWaktu)}.");
    }

    public static (string Judul, string Isi) KeberatanDijawab(Keberatan k, Permohonan p)
    {
        ArgumentNullException.ThrowIfNull(k);
        ArgumentNullException.ThrowIfNull(p);
        return ($"Keberatan {k.NomorRegister} telah ditanggapi: {LayananLabels.Keberatan(k)}",
            $"Yth. {p.NamaPemohon},\n\nAtasan PPID telah menanggapi keberatan {k.NomorRegister} (permohonan "
            + $"{p.NomorRegister}).\n\nPutusan: {LayananLabels.Keberatan(k)}\n\nTanggapan:\n{k.Tanggapan}\n\n"
            + "Bila Anda tidak puas dengan tanggapan ini, Anda dapat mengajukan sengketa informasi ke Komisi Informasi "
            + "paling lambat 14 hari kerja sejak tanggapan diterima (UU 14/2008 Pasal 37).");
    }

    /// <summary>The tracking part: the code and the private link in the first mail; the tracking page otherwise.</summary>
    public static string Lacak(string nomor, string? kode, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(absolute);
        return kode is null
            ? $"Lacak permohonan Anda di {absolute("/ppid/lacak")} dengan nomor register {nomor} dan kode lacak yang ditampilkan saat Anda mengajukan permohonan."
            : $"Kode lacak Anda: {kode}\nSimpan kode ini: kode ini hanya dikirim sekali dan diperlukan untuk melacak permohonan dan mengajukan keberatan.\n"
              + $"Tautan pribadi untuk melacak (jangan dibagikan): {absolute(PpidTautan.Lacak(nomor, kode))}";
    }

    private static string Ringkas(string text) => text.Length <= 300 ? text : text[..297] + "...";
}
