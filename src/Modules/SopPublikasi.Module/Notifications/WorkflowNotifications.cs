using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Notifications;

/// <summary>
/// Who hears about an SOP move: the new holder of the task (the assigned staff member, or everyone of the role
/// that acts next), the people whose material was sent back, and its writers when it goes live. The acting
/// person is never told about their own move. Rows are staged for the caller's unit of work.
/// </summary>
public sealed class WorkflowNotifications(NotificationCentre centre, WorkflowLoader loader, SopDbContext db)
{
    public async Task StageAsync(MateriPublikasi materi, IReadOnlyList<HistoryEntry> entries, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(materi);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(actor);
        if (entries.Count == 0)
        {
            return;
        }

        var definition = await loader.LoadDefinitionAsync(ct);
        var title = await TitleAsync(materi, ct);
        var link = $"/admin/materi/{materi.Id}";
        var moves = entries.Select(e => definition.Machine.Transitions.FirstOrDefault(t => t.From == e.From && t.Action == e.Action)).ToList();

        if (materi.DomainEvents.OfType<MateriWithdrawn>().Any())
        {
            // A withdrawal (or an exemption of a published article): the PPID Pembantu and the Sekretaris hear of it.
            var told = new List<string>();
            foreach (var role in new[] { Identity.SopRoles.PpidPembantu, Identity.SopRoles.Sekretaris })
            {
                told.AddRange(await centre.UsersInRoleAsync(role, ct));
            }

            var reason = entries[^1].Note;
            await centre.StageAsync(
                Except(told.Distinct(StringComparer.Ordinal), actor),
                new Notification(
                    "ditarik",
                    $"Materi ditarik dari publikasi: {title}",
                    $"{actor.Name} menarik materi \"{title}\" dari website dan media sosial." + (reason is null ? string.Empty : $" Alasan: {reason}."),
                    link),
                null,
                ct);
            return;
        }

        if (materi.State == WorkflowState.Terbit)
        {
            var writers = await db.MateriVersions.Where(v => v.MateriId == materi.Id).Select(v => v.EditorId).Distinct().ToListAsync(ct);
            await centre.StageAsync(
                Except(writers.Append(materi.AssigneeId), actor),
                new Notification("terbit", $"Materi terbit: {title}", $"Materi \"{title}\" disetujui oleh {actor.Name} dan sudah tayang di website.", link),
                null,
                ct);
            return;
        }

        var holders = await HoldersAsync(definition, materi.State, materi.AssigneeId, ct);
        var step = definition.PendingStep(materi.State);
        var due = definition.DueAt(materi.State, materi.StateSince);
        var where = $"{definition.StateName(materi.State)}{(step is null ? "" : $" (langkah {step.Number} SOP)")}";
        var dueText = due is { } d ? $" Batas waktu: {IndonesianTime.Deadline(d)}." : string.Empty;
        if (moves.Any(t => t?.Rules.HasFlag(TransitionRules.SendBack) == true))
        {
            var lastEditor = materi.LatestVersionId is { } v
                ? await db.MateriVersions.Where(x => x.Id == v).Select(x => x.EditorId).FirstOrDefaultAsync(ct)
                : null;
            await centre.StageAsync(
                Except(holders.Append(materi.AssigneeId).Append(lastEditor), actor),
                new Notification(
                    "dikembalikan",
                    $"Materi dikembalikan: {title}",
                    $"{actor.Name} mengembalikan materi \"{title}\" untuk diperbaiki. Alasan: {materi.ReturnReason}. Tahap sekarang: {where}.{dueText}",
                    link),
                null,
                ct);
            return;
        }

        await centre.StageAsync(
            Except(holders, actor),
            new Notification("tugas-baru", $"Tugas baru: {title}", $"{actor.Name} meneruskan materi \"{title}\" kepada Anda: {where}.{dueText}", link),
            null,
            ct);
    }

    /// <summary>
    /// Tells the holders of every overdue item, once per item and stay in its step. Returns how many items
    /// got a notice.
    /// </summary>
    public async Task<int> NotifyOverdueAsync(IReadOnlyList<WorkItem> inFlight, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inFlight);
        var definition = await loader.LoadDefinitionAsync(ct);
        var notified = 0;
        foreach (var item in inFlight.Where(w => w.IsOverdue))
        {
            var key = $"terlambat:{item.MateriId}:{item.Since.UtcTicks}";
            if (await db.Notifications.AnyAsync(n => n.OnceKey == key, ct))
            {
                continue;
            }

            var holders = await HoldersAsync(definition, item.State, item.AssigneeId, ct);
            if (holders.Count == 0)
            {
                continue;
            }

            var step = item.PendingStep is { } s ? $" (langkah {s.Number} SOP)" : string.Empty;
            await centre.StageAsync(
                holders,
                new Notification(
                    "terlambat",
                    $"Terlambat: {item.Title}",
                    $"Materi \"{item.Title}\" pada tahap {item.StateName}{step} melewati batas waktu {IndonesianTime.Deadline(item.DueAt!.Value)}.",
                    $"/admin/materi/{item.MateriId}"),
                key,
                ct);
            await db.SaveChangesAsync(ct);
            notified++;
        }

        if (notified > 0)
        {
            centre.Committed();
        }

        return notified;
    }

    /// <summary>Who must act in <paramref name="state"/>: the assigned staff member while writing, else every user of the acting role.</summary>
    private async Task<IReadOnlyList<string>> HoldersAsync(WorkflowDefinition definition, WorkflowState state, string? assigneeId, CancellationToken ct)
    {
        var moves = definition.Machine.Transitions.Where(t => t.From == state && !t.IsAutomatic && !t.Rules.HasFlag(TransitionRules.Withdraw)).ToList();
        if (state == WorkflowState.Penyusunan && assigneeId is not null)
        {
            return [assigneeId];
        }

        var holders = new List<string>();
        foreach (var role in moves.Select(t => t.Role).Distinct(StringComparer.Ordinal))
        {
            holders.AddRange(await centre.UsersInRoleAsync(role, ct));
        }

        return holders;
    }

    private async Task<string> TitleAsync(MateriPublikasi materi, CancellationToken ct) =>
        (materi.LatestVersionId is { } id ? await db.MateriVersions.Where(v => v.Id == id).Select(v => v.Title).FirstOrDefaultAsync(ct) : null)
        ?? materi.Disposisi.Perihal;

    private static IEnumerable<string> Except(IEnumerable<string?> userIds, Actor actor) =>
        userIds.OfType<string>().Where(id => id != actor.Id);
}
