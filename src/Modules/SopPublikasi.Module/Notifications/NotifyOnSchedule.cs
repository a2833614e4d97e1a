using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Materi.Events;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Notifications;

/// <summary>
/// An item scheduled (<c>jadwalkan</c>) or rescheduled (<c>jadwalkan-ulang</c>): the PPID Pembantu and the item's
/// Sekretaris (who acted on it; every Sekretaris when none has yet) hear when it will go live, with the move.
/// </summary>
public sealed class NotifyOnSchedule(NotificationCentre centre, SopDbContext db) : IMateriEventHandler<MateriMoved>
{
    public async Task StagingAsync(MateriMoved e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Materi.DomainEvents.OfType<MateriScheduled>().LastOrDefault() is not { } scheduled)
        {
            return;
        }

        var materi = e.Materi;
        var sekretaris = await db.History.AsNoTracking().Where(h => h.MateriId == materi.Id && h.Role == SopRoles.Sekretaris)
            .Select(h => h.ActorId).Distinct().ToListAsync(ct);
        var active = await centre.UsersInRoleAsync(SopRoles.Sekretaris, ct);
        var told = (await centre.UsersInRoleAsync(SopRoles.PpidPembantu, ct)).ToList();
        var own = sekretaris.Where(active.Contains).ToList();
        told.AddRange(own.Count > 0 ? own : active);
        var title = materi.LatestVersionId is { } v
            ? await db.MateriVersions.AsNoTracking().Where(x => x.Id == v).Select(x => x.Title).FirstOrDefaultAsync(ct) ?? materi.Disposisi.Perihal
            : materi.Disposisi.Perihal;
        var when = IndonesianTime.DateTime(scheduled.At);
        await centre.StageAsync(
            told.Distinct(StringComparer.Ordinal).Where(id => id != e.Actor.Id),
            new Notification(
                "terjadwal",
                $"Terjadwal tayang {when}: {title}",
                $"{e.Actor.Name} menjadwalkan materi \"{title}\" tayang {when}.",
                $"/admin/materi/{materi.Id}"),
            null,
            ct);
    }
}
