using SopPublikasi.Module.Common;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>An objection in a list, in a request's view and in the tracking view (no personal data).</summary>
public sealed record KeberatanRingkasView(
    Guid Id, string NomorRegister, string NomorPermohonan, IReadOnlyList<string> Alasan, string Status, string StatusNama,
    DateTimeOffset DiterimaPada, DateTimeOffset BatasWaktu, bool Terlambat, string? Putusan, string? PutusanNama, string? Tanggapan,
    DateTimeOffset? DijawabPada, DateTimeOffset? SengketaDiajukanPada);

public sealed record DaftarKeberatanView(IReadOnlyList<KeberatanRingkasView> Items, int Total, int Page, int PageSize);

/// <summary>One objection for the office, with the request it concerns. ETag = <c>revisi</c>.</summary>
public sealed record KeberatanView(
    Guid Id, string NomorRegister, Guid PermohonanId, string NomorPermohonan, string PermohonanUrl,
    IReadOnlyList<string> Alasan, IReadOnlyList<string> AlasanNama, string Uraian, string Status, string StatusNama,
    DateTimeOffset DiterimaPada, DateTimeOffset BatasWaktu, bool Terlambat, string? Putusan, string? PutusanNama, string? Tanggapan,
    DateTimeOffset? DijawabPada, int? LamaHariKerja, DateTimeOffset? SengketaDiajukanPada, string? CatatanSengketa, int Revisi);

/// <summary>Created answer of an objection: its number and the atasan's deadline.</summary>
public sealed record KeberatanTerdaftarView(Guid Id, string NomorRegister, DateTimeOffset BatasWaktu);

public static class KeberatanViews
{
    public static bool Terlambat(Keberatan k, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(k);
        return k.Status != StatusKeberatan.Dijawab && k.BatasWaktu < now;
    }

    public static string? Putusan(PutusanKeberatan? p) => p is { } v ? LayananLabels.Putusan(v) : null;

    public static string Url(Guid id) => $"{ApiRoutes.V1}/layanan/keberatan/{id}";

    public static KeberatanRingkasView Ringkas(Keberatan k, string nomorPermohonan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(k);
        return new(
            k.Id, k.NomorRegister, nomorPermohonan, [.. k.Alasan.Select(a => a.ToString())], k.Status.ToString(), LayananLabels.Keberatan(k),
            IndonesianTime.ToWib(k.DiterimaPada), IndonesianTime.ToWib(k.BatasWaktu), Terlambat(k, now), k.Putusan?.ToString(), Putusan(k.Putusan),
            k.Tanggapan, PermohonanViews.Wib(k.DijawabPada), PermohonanViews.Wib(k.SengketaDiajukanPada));
    }

    public static KeberatanView Detail(Keberatan k, string nomorPermohonan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(k);
        return new(
            k.Id, k.NomorRegister, k.PermohonanId, nomorPermohonan, PermohonanViews.Url(k.PermohonanId),
            [.. k.Alasan.Select(a => a.ToString())], [.. k.Alasan.Select(LayananLabels.Alasan)], k.Uraian, k.Status.ToString(), LayananLabels.Keberatan(k),
            IndonesianTime.ToWib(k.DiterimaPada), IndonesianTime.ToWib(k.BatasWaktu), Terlambat(k, now), k.Putusan?.ToString(), Putusan(k.Putusan),
            k.Tanggapan, PermohonanViews.Wib(k.DijawabPada), k.LamaHariKerja, PermohonanViews.Wib(k.SengketaDiajukanPada), k.CatatanSengketa, k.Revisi);
    }
}
