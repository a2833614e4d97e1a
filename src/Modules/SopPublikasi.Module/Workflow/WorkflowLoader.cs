using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Workflow;

/// <summary>
/// Reads the workflow definition (steps, states, transitions) from the database, with the holidays the steps' Waktu
/// skips when a feature keeps them (<see cref="IHariLiburSource"/>: the PPID desk's holiday table).
/// </summary>
public sealed class WorkflowLoader(SopDbContext db, IEnumerable<IHariLiburSource> holidays)
{
    public async Task<SopStateMachine> LoadAsync(CancellationToken ct) =>
        new(await db.WorkflowTransitions.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct));

    public async Task<WorkflowDefinition> LoadDefinitionAsync(CancellationToken ct) => new(
        await LoadAsync(ct),
        await db.SopSteps.AsNoTracking().OrderBy(s => s.Number).ToListAsync(ct),
        await db.WorkflowStates.AsNoTracking().ToListAsync(ct),
        holidays.FirstOrDefault() is { } source ? await source.GetAsync(ct) : null);
}

/// <summary>
/// The whole workflow as data: the machine, the SOP steps with their Waktu, the state labels, and the days off beyond
/// the weekend that the Waktu does not count (none when no holiday table is kept).
/// </summary>
public sealed record WorkflowDefinition(
    SopStateMachine Machine, IReadOnlyList<SopStep> Steps, IReadOnlyList<WorkflowStateInfo> States, IReadOnlySet<DateOnly>? DaysOff = null)
{
    public string StateName(WorkflowState state) => States.FirstOrDefault(s => s.Code == state)?.Name ?? state.ToString();

    /// <summary>The button label of an action, for timelines.</summary>
    public string ActionLabel(string action) => Machine.Transitions.FirstOrDefault(t => t.Action == action)?.Label ?? action;

    public SopStep? PendingStep(WorkflowState state) =>
        States.FirstOrDefault(s => s.Code == state)?.PendingStep is { } n ? Steps.FirstOrDefault(s => s.Number == n) : null;

    /// <summary>When the work in this state is due: entry time plus the pending step's Waktu in working days (holidays skipped).</summary>
    public DateTimeOffset? DueAt(WorkflowState state, DateTimeOffset since) =>
        PendingStep(state) is { } step ? WorkingDays.Add(since, step.WorkingDaysAllowed, DaysOff) : null;
}
