using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>
/// Marks, once, each request and objection past its deadline without an answer: <c>TerlambatDiberitahukanPada</c>
/// set, a history row by the system, and its event (notices, webhooks) in the same save. Two instances marking the
/// same row write the same next history sequence: the unique index refuses the second, which then skips it.
/// </summary>
public sealed class LayananOverdue(SopDbContext db, LayananUnitOfWork unit, TimeProvider clock)
{
    private const int Batch = 50;

    /// <summary>Marks one batch; returns how many rows it handled (the poller runs again while there are more).</summary>
    public async Task<int> MarkAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var requests = await db.Permohonan.AsNoTracking()
            .Where(p => p.Status != StatusPermohonan.Dijawab && p.TerlambatDiberitahukanPada == null && p.BatasWaktu < now)
            .OrderBy(p => p.BatasWaktu).Select(p => p.Id).Take(Batch).ToListAsync(ct);
        var handled = 0;
        foreach (var id in requests)
        {
            handled += await OnceAsync(async () =>
            {
                var p = await db.Permohonan.FirstAsync(x => x.Id == id, ct);
                if (p.TerlambatDiberitahukanPada is not null || p.Status == StatusPermohonan.Dijawab)
                {
                    return false; // marked (or answered) since the list was read
                }

                p.TerlambatDiberitahukanPada = now;
                await LayananHistoryChain.AppendAsync(db, p.Id, LayananActions.Terlambat, p.Status.ToString(), p.Status.ToString(), Actor.System, now,
                    $"Batas waktu {IndonesianTime.Deadline(p.BatasWaktu)} terlewati tanpa jawaban.", ct);
                await unit.CommitAsync(new PermohonanTerlambat(p), ct);
                return true;
            });
        }

        var objections = await db.Keberatan.AsNoTracking()
            .Where(k => k.Status == StatusKeberatan.Diterima && k.TerlambatDiberitahukanPada == null && k.BatasWaktu < now)
            .OrderBy(k => k.BatasWaktu).Select(k => k.Id).Take(Batch).ToListAsync(ct);
        foreach (var id in objections)
        {
            handled += await OnceAsync(async () =>
            {
                var k = await db.Keberatan.Include(x => x.Permohonan).FirstAsync(x => x.Id == id, ct);
                if (k.TerlambatDiberitahukanPada is not null || k.Status == StatusKeberatan.Dijawab)
                {
                    return false;
                }

                k.TerlambatDiberitahukanPada = now;
                await LayananHistoryChain.AppendAsync(db, k.PermohonanId, LayananActions.KeberatanTerlambat, k.Status.ToString(), k.Status.ToString(), Actor.System, now,
                    $"Keberatan {k.NomorRegister}: batas waktu tanggapan {IndonesianTime.Deadline(k.BatasWaktu)} terlewati.", ct);
                await unit.CommitAsync(new KeberatanTerlambat(k, k.Permohonan!), ct);
                return true;
            });
        }

        return handled;
    }

    private async Task<int> OnceAsync(Func<Task<bool>> mark)
    {
        try
        {
            return await mark() ? 1 : 0;
        }
        catch (Exception ex) when (ex is DbUpdateException or LayananConflictException && !DatabaseFailures.IsUnavailable(ex))
        {
            // Another instance (or a move at the same moment) wrote this row's next history entry first.
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}
