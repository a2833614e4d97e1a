using SopPublikasi.Module.Common;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>
/// Whether the tracking page offers the objection form, and until when (Pasal 35-36: 30 working days after the answer
/// or after the deadline passed without one; not while an objection waits). The desk decides when one is filed; this
/// only chooses what the page shows.
/// </summary>
public sealed class KeberatanJendela(IWorkingDayCalendar calendar, TimeProvider clock)
{
    public const int HariKerja = 30;

    public async Task<(bool Boleh, DateTimeOffset? Sampai)> ForAsync(Permohonan p, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(p);
        var now = clock.GetUtcNow();
        DateTimeOffset? since = p.DijawabPada ?? (now > p.BatasWaktu && p.Status != StatusPermohonan.Dijawab ? p.BatasWaktu : null);
        if (since is null || p.KeberatanList.Any(k => k.Status == StatusKeberatan.Diterima))
        {
            return (false, null);
        }

        var until = await calendar.DeadlineAsync(since.Value, HariKerja, ct);
        return (now <= until, until);
    }
}
