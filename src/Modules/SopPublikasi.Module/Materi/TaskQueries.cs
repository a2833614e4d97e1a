using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Materi;

/// <summary>An item waiting in the SOP, as shown on a dashboard.</summary>
public sealed record WorkItem(
    Guid MateriId,
    string Title,
    string NomorAgenda,
    WorkflowState State,
    string StateName,
    SopStep? PendingStep,
    DateTimeOffset Since,
    DateTimeOffset? DueAt,
    bool IsOverdue,
    string? AssigneeId,
    string? AssigneeName,
    string? ReturnReason,
    IReadOnlyList<WorkflowTransition> MyActions,
    DateTimeOffset? ScheduledAt = null);

/// <summary>Dashboards: every item still in flight, with the moves the viewer may take on each ("Tugas Saya").</summary>
public sealed class TaskQueries(SopDbContext db, WorkflowLoader loader, TimeProvider clock)
{
    /// <summary>The items the person has moved at least once (any row of their history names them).</summary>
    public async Task<IReadOnlyList<Guid>> MovedByAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await db.History.AsNoTracking().Where(h => h.ActorId == actor.Id).Select(h => h.MateriId).Distinct().ToListAsync(ct);
    }

    /// <summary>Every item not yet published or exempted that the viewer may see, overdue first, then by due time.</summary>
    public async Task<IReadOnlyList<WorkItem>> InFlightAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var definition = await loader.LoadDefinitionAsync(ct);
        var rows = await db.Materi.AsNoTracking()
            .Where(m => m.State != WorkflowState.Terbit && m.State != WorkflowState.Dikecualikan && m.State != WorkflowState.Ditarik)
            .Where(MateriAccess.VisibleTo(actor))
            .Select(m => new
            {
                m.Id,
                m.State,
                m.StateSince,
                m.AssigneeId,
                m.AssigneeName,
                m.ReturnReason,
                m.ScheduledAt,
                m.Disposisi.NomorAgenda,
                Title = db.Set<MateriVersion>().Where(v => v.Id == m.LatestVersionId).Select(v => v.Title).FirstOrDefault() ?? m.Disposisi.Perihal,
            })
            .ToListAsync(ct);

        var now = clock.GetUtcNow();
        return
        [
            .. rows
                .Select(r =>
                {
                    var due = definition.DueAt(r.State, r.StateSince);
                    var actions = definition.Machine.Available(r.State, actor, r.AssigneeId);
                    return new WorkItem(
                        r.Id, r.Title, r.NomorAgenda, r.State, definition.StateName(r.State), definition.PendingStep(r.State),
                        r.StateSince, due, due < now, r.AssigneeId, r.AssigneeName, r.ReturnReason, actions, r.ScheduledAt);
                })
                .OrderByDescending(w => w.IsOverdue)
                .ThenBy(w => w.DueAt ?? DateTimeOffset.MaxValue),
        ];
    }
}
