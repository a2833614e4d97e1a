using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>A request was registered (public form, API or staff).</summary>
public sealed record PermohonanDiterima(Permohonan Permohonan);

/// <summary>A move of a request: extended, answer prepared, answered.</summary>
public sealed record PermohonanBerubah(Permohonan Permohonan, string Action);

/// <summary>The request's deadline passed without an answer (raised once per request by the overdue watcher).</summary>
public sealed record PermohonanTerlambat(Permohonan Permohonan);

public sealed record KeberatanDiterima(Keberatan Keberatan, Permohonan Permohonan);

/// <summary>The atasan answered, or a dispute was recorded.</summary>
public sealed record KeberatanBerubah(Keberatan Keberatan, Permohonan Permohonan, string Action);

public sealed record KeberatanTerlambat(Keberatan Keberatan, Permohonan Permohonan);

/// <summary>
/// A feature's reaction to a desk event, in the phases of <see cref="Materi.Events.IMateriEventHandler{TEvent}"/>:
/// staging rows that commit with the move (webhook deliveries, notices, the requester's e-mail in the outbox), and
/// after commit (waking dispatchers). Registered with <c>AddLayananHandler&lt;T&gt;()</c>.
/// </summary>
public interface ILayananEventHandler<in TEvent>
    where TEvent : class
{
    Task StagingAsync(TEvent e, CancellationToken ct) => Task.CompletedTask;

    Task CommittedAsync(TEvent e, CancellationToken ct) => Task.CompletedTask;
}
