using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Workflow;

/// <summary>Reads the workflow definition (steps, states, transitions) from the database.</summary>
public sealed class WorkflowLoader(SopDbContext db)
{
    public async Task<SopStateMachine> LoadAsync(CancellationToken ct) =>
        new(await db.WorkflowTransitions.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct));

    public async Task<WorkflowDefinition> LoadDefinitionAsync(CancellationToken ct) => new(
        await LoadAsync(ct),
        await db.SopSteps.AsNoTracking().OrderBy(s => s.Number).ToListAsync(ct),
        await db.WorkflowStates.AsNoTracking().ToListAsync(ct));
}

/// <summary>The whole workflow as data: the machine, the SOP steps with their Waktu, and the state labels.</summary>
public sealed record WorkflowDefinition(SopStateMachine Machine, IReadOnlyList<SopStep> Steps, IReadOnlyList<WorkflowStateInfo> States)
{
    public string StateName(WorkflowState state) => States.FirstOrDefault(s => s.Code == state)?.Name ?? state.ToString();

    /// <summary>The button label of an action, for timelines.</summary>
    public string ActionLabel(string action) => Machine.Transitions.FirstOrDefault(t => t.Action == action)?.Label ?? action;

    public SopStep? PendingStep(WorkflowState state) =>
        States.FirstOrDefault(s => s.Code == state)?.PendingStep is { } n ? Steps.FirstOrDefault(s => s.Number == n) : null;

    /// <summary>When the work in this state is due: entry time plus the pending step's Waktu in working days.</summary>
    public DateTimeOffset? DueAt(WorkflowState state, DateTimeOffset since) =>
        PendingStep(state) is { } step ? Common.WorkingDays.Add(since, step.WorkingDaysAllowed) : null;
}
