using SopPublikasi.Module.Security;
using Stateless;

namespace SopPublikasi.Module.Workflow;

/// <summary>
/// The SOP as a state machine (Stateless), built from the transition rows. It answers which moves an actor may
/// take from a state and refuses the others with a reason the actor can read.
/// </summary>
public sealed class SopStateMachine
{
    private readonly IReadOnlyList<WorkflowTransition> _transitions;

    public SopStateMachine(IEnumerable<WorkflowTransition> transitions)
    {
        _transitions = [.. transitions];
    }

    public IReadOnlyList<WorkflowTransition> Transitions => _transitions;

    /// <summary>
    /// The moves <paramref name="actor"/> may take from <paramref name="state"/>, one per action. Moves reserved to
    /// the assigned staff member are left out for anyone but <paramref name="assigneeId"/> (when one is assigned).
    /// </summary>
    public IReadOnlyList<WorkflowTransition> Available(WorkflowState state, Actor actor, string? assigneeId = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var machine = Build(state, actor);
        return
        [
            .. _transitions
                .Where(t => t.From == state && !t.IsAutomatic)
                .Select(t => t.Action)
                .Distinct()
                .Where(machine.CanFire)
                .Select(action => Match(state, action, actor)!)
                .Where(t => !t.Rules.HasFlag(TransitionRules.AssigneeOnly) || assigneeId is null || assigneeId == actor.Id)
                .OrderBy(t => t.Id),
        ];
    }

    /// <summary>The transition for this move, or a <see cref="WorkflowRuleException"/> saying why it is refused.</summary>
    public WorkflowTransition Choose(WorkflowState state, string action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!_transitions.Any(t => t.From == state && t.Action == action))
        {
            var known = _transitions.Any(t => t.Action == action);
            throw new WorkflowRuleException(
                known
                    ? $"Aksi \"{_transitions.First(t => t.Action == action).Label}\" tidak dapat dilakukan pada tahap {StateLabel(state)} menurut SOP."
                    : $"Aksi \"{action}\" tidak dikenal.",
                "aksi",
                isWrongState: known);
        }

        if (!Build(state, actor).CanFire(action, out var unmetGuards))
        {
            throw new WorkflowRuleException(string.Join(" ", unmetGuards), null, isForbidden: true);
        }

        return Match(state, action, actor)!;
    }

    /// <summary>The name people read for a state (the seeded label; never the code).</summary>
    public static string StateLabel(WorkflowState state) =>
        SopWorkflowSeed.States.FirstOrDefault(s => s.Code == state)?.Name ?? state.ToString();

    /// <summary>The move the system takes by itself from this state (step 8), if any.</summary>
    public WorkflowTransition? AutomaticFrom(WorkflowState state) => _transitions.FirstOrDefault(t => t.From == state && t.IsAutomatic);

    private WorkflowTransition? Match(WorkflowState state, string action, Actor actor) =>
        _transitions.FirstOrDefault(t => t.From == state && t.Action == action && actor.Has(t.Role));

    private StateMachine<WorkflowState, string> Build(WorkflowState state, Actor actor)
    {
        var machine = new StateMachine<WorkflowState, string>(state);
        foreach (var move in _transitions.GroupBy(t => (t.From, t.Action)))
        {
            var roles = move.Select(t => t.Role).Distinct().ToList();
            machine.Configure(move.Key.From).PermitIf(
                move.Key.Action,
                move.First().To,
                () => roles.Any(actor.Has),
                $"Aksi ini hanya untuk peran {string.Join(" atau ", roles)}.");
        }

        return machine;
    }
}
