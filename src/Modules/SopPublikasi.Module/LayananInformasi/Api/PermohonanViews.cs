using System.Text.Json;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>What a registration answers, once: the number, the secret code and the private tracking link.</summary>
public sealed record PermohonanTerdaftarView(Guid Id, string NomorRegister, string KodeLacak, DateTimeOffset BatasWaktu, string TautanLacak);

/// <summary>
/// The tracking view for the requester (number + code): status, dates, the answer, the attachments' names, the
/// objections. No personal data at all, not even the name.
/// </summary>
public sealed record LacakView(
    string NomorRegister, string Status, string StatusNama, DateTimeOffset DiterimaPada, DateTimeOffset BatasWaktu, bool Terlambat,
    DateTimeOffset? DiperpanjangPada, string? AlasanPerpanjangan, string? Keputusan, string? KeputusanNama, string? Jawaban,
    string? AlasanPengecualian, string? PenguasaInformasi, long? Biaya, string? TautanInformasi, DateTimeOffset? DijawabPada,
    IReadOnlyList<string> Lampiran, IReadOnlyList<KeberatanRingkasView> Keberatan);

/// <summary>A request in the register. <c>dataPemohon</c> only for a holder of LihatDataPemohon, else null.</summary>
public sealed record PermohonanRingkasView(
    Guid Id, string NomorRegister, string Saluran, DateTimeOffset DiterimaPada, string NamaPemohon, string RincianInformasi,
    string Status, string StatusNama, DateTimeOffset BatasWaktu, bool Terlambat, bool Diperpanjang, string? Keputusan,
    string? KeputusanNama, DateTimeOffset? DijawabPada, int? LamaHariKerja, DataPemohonView? DataPemohon, string Url);

public sealed record DaftarPermohonanView(IReadOnlyList<PermohonanRingkasView> Items, int Total, int Page, int PageSize);

/// <summary>The requester's personal data (LihatDataPemohon only); all null once erased after the retention period.</summary>
public sealed record DataPemohonView(string? NomorIdentitas, string? Alamat, string? Telepon, string? Email, bool AdaKartuIdentitas);

public sealed record UjiKonsekuensiView(string Dokumen, string InformasiDikecualikan, string DasarHukum, string PertimbanganKepentinganPublik, string JangkaWaktu);

public sealed record LampiranView(Guid Id, string NamaBerkas, string ContentType, long Ukuran, DateTimeOffset DiunggahPada);

public sealed record RiwayatLayananView(int Urutan, string Aksi, string AksiNama, string Dari, string Ke, string Pelaku, DateTimeOffset Waktu, string? Catatan, string Hash);

/// <summary>One request for the office, with its history and objections. ETag = <c>revisi</c>.</summary>
public sealed record PermohonanView(
    Guid Id, string NomorRegister, int Tahun, string Saluran, string SaluranNama, string JenisPemohon, string NamaPemohon, DataPemohonView? DataPemohon,
    string RincianInformasi, string TujuanPenggunaan, string CaraMemperoleh, string? CaraMendapatkanSalinan,
    string Status, string StatusNama, DateTimeOffset DiterimaPada, DateTimeOffset BatasWaktu, bool Terlambat,
    DateTimeOffset? DiperpanjangPada, string? AlasanPerpanjangan, string? UsulanKeputusan, string? UsulanJawaban,
    string? Keputusan, string? KeputusanNama, string? Jawaban, string? AlasanPengecualian, UjiKonsekuensiView? UjiKonsekuensi,
    string? PenguasaInformasi, long? Biaya, string? TautanInformasi, DateTimeOffset? DijawabPada, int? LamaHariKerja,
    DateTimeOffset? DataPribadiDihapusPada, int Revisi, IReadOnlyList<LampiranView> Lampiran,
    IReadOnlyList<KeberatanRingkasView> Keberatan, IReadOnlyList<RiwayatLayananView> Riwayat);

/// <summary>How the views read a request; "late" = past the deadline and not answered.</summary>
public static class PermohonanViews
{
    private static readonly JsonSerializerOptions UjiJson = new() { PropertyNameCaseInsensitive = true };

    public static bool Terlambat(Permohonan p, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(p);
        return p.Status != StatusPermohonan.Dijawab && p.BatasWaktu < now;
    }

    public static string Url(Guid id) => $"{ApiRoutes.V1}/layanan/permohonan/{id}";

    public static DataPemohonView? Personal(Permohonan p, bool allowed) =>
        allowed ? new(p.NomorIdentitas, p.Alamat, p.Telepon, p.Email, p.BerkasIdentitas is not null) : null;

    public static LacakView Lacak(Permohonan p, IReadOnlyList<LampiranJawaban> lampiran, IReadOnlyList<Keberatan> keberatan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(p);
        var answered = p.Status == StatusPermohonan.Dijawab;
        return new(
            p.NomorRegister, p.Status.ToString(), LayananLabels.Status(p.Status), IndonesianTime.ToWib(p.DiterimaPada), IndonesianTime.ToWib(p.BatasWaktu),
            Terlambat(p, now), Wib(p.DiperpanjangPada), p.AlasanPerpanjangan, p.Keputusan?.ToString(), Keputusan(p.Keputusan),
            answered ? p.Jawaban : null, answered ? p.AlasanPengecualian : null, answered ? p.PenguasaInformasi : null, answered ? p.Biaya : null,
            answered ? p.TautanInformasi : null, Wib(p.DijawabPada),
            answered ? [.. lampiran.Select(l => l.NamaBerkas)] : [],
            [.. keberatan.OrderBy(k => k.DiterimaPada).Select(k => KeberatanViews.Ringkas(k, p.NomorRegister, now))]);
    }

    public static PermohonanRingkasView Ringkas(Permohonan p, bool personal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(
            p.Id, p.NomorRegister, p.Saluran.ToString(), IndonesianTime.ToWib(p.DiterimaPada), p.NamaPemohon, p.RincianInformasi,
            p.Status.ToString(), LayananLabels.Status(p.Status), IndonesianTime.ToWib(p.BatasWaktu), Terlambat(p, now), p.DiperpanjangPada is not null,
            p.Keputusan?.ToString(), Keputusan(p.Keputusan), Wib(p.DijawabPada), p.LamaHariKerja, Personal(p, personal), Url(p.Id));
    }

    public static PermohonanView Detail(
        Permohonan p, bool personal, IReadOnlyList<LampiranJawaban> lampiran, IReadOnlyList<Keberatan> keberatan,
        IReadOnlyList<LayananHistoryEntry> riwayat, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(
            p.Id, p.NomorRegister, p.Tahun, p.Saluran.ToString(), LayananLabels.Saluran(p.Saluran), p.JenisPemohon.ToString(), p.NamaPemohon, Personal(p, personal),
            p.RincianInformasi, p.TujuanPenggunaan, p.CaraMemperoleh.ToString(), p.CaraMendapatkanSalinan?.ToString(),
            p.Status.ToString(), LayananLabels.Status(p.Status), IndonesianTime.ToWib(p.DiterimaPada), IndonesianTime.ToWib(p.BatasWaktu), Terlambat(p, now),
            Wib(p.DiperpanjangPada), p.AlasanPerpanjangan, p.UsulanKeputusan?.ToString(), p.UsulanJawaban,
            p.Keputusan?.ToString(), Keputusan(p.Keputusan), p.Jawaban, p.AlasanPengecualian, Uji(p.UjiKonsekuensiJson),
            p.PenguasaInformasi, p.Biaya, p.TautanInformasi, Wib(p.DijawabPada), p.LamaHariKerja, Wib(p.DataPribadiDihapusPada), p.Revisi,
            [.. lampiran.Select(l => new LampiranView(l.Id, l.NamaBerkas, l.ContentType, l.Ukuran, IndonesianTime.ToWib(l.DiunggahPada)))],
            [.. keberatan.OrderBy(k => k.DiterimaPada).Select(k => KeberatanViews.Ringkas(k, p.NomorRegister, now))],
            [.. riwayat.OrderBy(h => h.Sequence).Select(h => new RiwayatLayananView(h.Sequence, h.Action, LayananLabels.Aksi(h.Action), h.From, h.To, h.ActorName, IndonesianTime.ToWib(h.At), h.Note, h.Hash))]);
    }

    public static string? Keputusan(KeputusanPermohonan? k) => k is { } v ? LayananLabels.Keputusan(v) : null;

    public static DateTimeOffset? Wib(DateTimeOffset? value) => value is { } v ? IndonesianTime.ToWib(v) : null;

    private static UjiKonsekuensiView? Uji(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || JsonSerializer.Deserialize<UjiKonsekuensi>(json, UjiJson) is not { } uji)
        {
            return null;
        }

        return new(uji.Dokumen, uji.InformasiDikecualikan, uji.DasarHukum, uji.PertimbanganKepentinganPublik, uji.JangkaWaktu);
    }
}
