using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>
/// The PPID desk's commands. Each is one transition of the request's (or objection's) small workflow
/// (<c>PermohonanWorkflow</c>: which status it leaves, which it reaches, which permission it needs), written with its
/// history row, its events (webhooks, notifications, e-mail to the requester: handlers) and nothing half-saved. Bad
/// input throws <see cref="Common.InputException"/> (field-keyed errors: the admin shows them beside the field, the
/// API as 422 problem+json); a refused move throws <see cref="LayananRuleException"/> (409); a stale
/// <c>revisi</c> throws <see cref="LayananConflictException"/> (409/412).
/// </summary>
public interface ILayananInformasi
{
    /// <summary>The requester's own submission (public form or API), or staff registering a letter/visit/WhatsApp
    /// (<paramref name="staff"/> set, any <see cref="SaluranPermohonan"/>). Returns the number and the secret code,
    /// shown once.</summary>
    Task<PermohonanTerdaftar> SubmitAsync(PermohonanInput input, Actor? staff, CancellationToken ct);

    /// <summary>The tracking view for the requester: by number and code (constant-time check); null when either is wrong.</summary>
    Task<Permohonan?> FindForRequesterAsync(string nomorRegister, string kodeLacak, CancellationToken ct);

    /// <summary>The one extension of 7 working days, with its written reason (PPID Pembantu).</summary>
    Task ExtendAsync(Guid id, int revisi, string alasan, Actor actor, CancellationToken ct);

    /// <summary>Staff prepare an answer for the PPID Pembantu.</summary>
    Task PrepareAsync(Guid id, int revisi, JawabanInput usulan, Actor actor, CancellationToken ct);

    /// <summary>The written answer: granted, partly granted, refused (ground + consequence test) or not held (PPID Pembantu).</summary>
    Task DecideAsync(Guid id, int revisi, JawabanInput jawaban, Actor actor, CancellationToken ct);

    /// <summary>Attach a file to the answer being prepared (checked like every upload).</summary>
    Task<LampiranJawaban> AttachAsync(Guid id, string fileName, string contentType, Stream content, Actor actor, CancellationToken ct);

    /// <summary>The requester's objection (by number and code), within 30 working days after its ground arose.</summary>
    Task<KeberatanTerdaftar> FileObjectionAsync(string nomorRegister, string kodeLacak, KeberatanInput input, CancellationToken ct);

    /// <summary>The atasan PPID's written answer to an objection.</summary>
    Task AnswerObjectionAsync(Guid keberatanId, int revisi, PutusanKeberatan putusan, string tanggapan, Actor actor, CancellationToken ct);

    /// <summary>Record that the requester took the dispute to the Komisi Informasi.</summary>
    Task RecordDisputeAsync(Guid keberatanId, int revisi, DateOnly tanggal, string? catatan, Actor actor, CancellationToken ct);
}

public sealed record PermohonanInput(
    JenisPemohon JenisPemohon,
    string NamaPemohon,
    string NomorIdentitas,
    string Alamat,
    string? Telepon,
    string? Email,
    string RincianInformasi,
    string TujuanPenggunaan,
    CaraMemperoleh CaraMemperoleh,
    CaraMendapatkanSalinan? CaraMendapatkanSalinan,
    bool Persetujuan,
    UnggahanIdentitas? Identitas,
    SaluranPermohonan Saluran = SaluranPermohonan.Daring);

/// <summary>The identity scan as uploaded (checked like every upload: type by content, size).</summary>
public sealed record UnggahanIdentitas(string FileName, string ContentType, Func<Stream> Open);

public sealed record PermohonanTerdaftar(Guid Id, string NomorRegister, string KodeLacak, DateTimeOffset BatasWaktu);

public sealed record JawabanInput(
    KeputusanPermohonan Keputusan,
    string Jawaban,
    string? AlasanPengecualian,
    UjiKonsekuensi? UjiKonsekuensi,
    string? PenguasaInformasi,
    long? Biaya,
    string? TautanInformasi);

public sealed record KeberatanInput(IReadOnlyList<AlasanKeberatan> Alasan, string Uraian);

public sealed record KeberatanTerdaftar(Guid Id, string NomorRegister, DateTimeOffset BatasWaktu);

public sealed class LayananRuleException(string message) : Exception(message);

public sealed class LayananConflictException(string message) : Exception(message);
