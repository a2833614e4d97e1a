namespace SopPublikasi.Module.LayananInformasi.Kantor;

/// <summary>
/// The register's filters, as the address carries them: <c>status</c> (terbuka, diterima, disiapkan, dijawab for
/// requests; menunggu, dijawab for objections), <c>tahun</c>, <c>terlambat</c>, <c>q</c> (the number; the name too
/// for those who may see the requester's data) and <c>halaman</c>.
/// </summary>
public sealed record RegisterFilter(string? Status, int? Tahun, bool Terlambat, string? Q, int Halaman)
{
    public const int PageSize = 20;

    public int Page => Math.Max(1, Halaman);

    public string? Query => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
}

/// <summary>One page of a register: its rows, how many match, and the page shown.</summary>
public sealed record RegisterPage<T>(IReadOnlyList<T> Rows, int Total, int Page)
{
    public int Pages => Math.Max(1, (Total + RegisterFilter.PageSize - 1) / RegisterFilter.PageSize);
}

/// <summary>A request in the register.</summary>
public sealed record PermohonanRow(
    Guid Id, string Nomor, DateTimeOffset DiterimaPada, string Nama, string Saluran, string Status, string? Keputusan,
    DateTimeOffset BatasWaktu, JamLayanan Jam, bool Diperpanjang, int Keberatan);

/// <summary>An objection in the register.</summary>
public sealed record KeberatanRow(
    Guid Id, string Nomor, Guid PermohonanId, string NomorPermohonan, DateTimeOffset DiterimaPada, string Nama, string Status,
    DateTimeOffset BatasWaktu, JamLayanan Jam, bool Sengketa);
