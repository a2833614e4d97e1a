using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Permissions;
using Stateless;

namespace SopPublikasi.Module.Workflow;

/// <summary>
/// The SOP as a state machine (Stateless), built from the transition rows. It answers which moves an actor may
/// take from a state and refuses the others with a reason the actor can read.
/// </summary>
public sealed class SopStateMachine
{
    /// <summary>Refusal of a withdrawal to someone without the permission, for the user.</summary>
    public const string WithdrawRefusal = "Anda tidak memiliki hak akses untuk menarik materi dari publikasi (hak akses TarikMateri).";

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
                .Where(t => t.From == state && !t.IsAutomatic && !t.Rules.HasFlag(TransitionRules.Withdraw))
                .Select(t => t.Action)
                .Distinct()
                .Where(machine.CanFire)
                .Select(action => Match(state, action, actor)!)
                .Where(t => !t.Rules.HasFlag(TransitionRules.AssigneeOnly) || assigneeId is null || assigneeId == actor.Id)
                .OrderBy(t => t.Id),
        ];
    }

    /// <summary>
    /// The withdrawal <paramref name="actor"/> may take from <paramref name="state"/> (by the permission TarikMateri),
    /// if any. Not part of <see cref="Available"/>: it is nobody's task, and only an item whose version is live may be
    /// withdrawn, which the item knows (<c>MateriPublikasi.AvailableTo</c>).
    /// </summary>
    public IReadOnlyList<WorkflowTransition> Withdrawals(WorkflowState state, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return [.. _transitions.Where(t => t.From == state && t.Rules.HasFlag(TransitionRules.Withdraw) && Allows(t, actor)).Take(1)];
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
    public WorkflowTransition? AutomaticFrom(WorkflowState state) =>
        _transitions.FirstOrDefault(t => t.From == state && t.IsAutomatic && !t.Rules.HasFlag(TransitionRules.Schedule));

    /// <summary>The move the system takes from this state once the scheduled time has come (publication at the minute), if any.</summary>
    public WorkflowTransition? ScheduledFrom(WorkflowState state) =>
        _transitions.FirstOrDefault(t => t.From == state && t.IsAutomatic && t.Rules.HasFlag(TransitionRules.Schedule));

    /// <summary>
    /// The same move with a publication time (approval with a time: "jadwalkan" beside "setujui"), that
    /// <paramref name="actor"/> may take: the transition from the same state whose rules are this one's plus
    /// <see cref="TransitionRules.Schedule"/>; null when there is none.
    /// </summary>
    public WorkflowTransition? ScheduledVariant(WorkflowTransition transition, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(transition);
        ArgumentNullException.ThrowIfNull(actor);
        return _transitions.FirstOrDefault(t => t.From == transition.From && !t.IsAutomatic
            && t.Rules == (transition.Rules | TransitionRules.Schedule) && t.Rules != transition.Rules && actor.Has(t.Role));
    }

    private WorkflowTransition? Match(WorkflowState state, string action, Actor actor) =>
        _transitions.FirstOrDefault(t => t.From == state && t.Action == action && Allows(t, actor));

    // A withdrawal is open to holders of a permission (data an administrator grants), every other move to its role.
    private static bool Allows(WorkflowTransition t, Actor actor) =>
        t.Rules.HasFlag(TransitionRules.Withdraw) ? actor.May(MateriPermissions.TarikMateriName) : actor.Has(t.Role);

    private StateMachine<WorkflowState, string> Build(WorkflowState state, Actor actor)
    {
        var machine = new StateMachine<WorkflowState, string>(state);
        foreach (var move in _transitions.GroupBy(t => (t.From, t.Action)))
        {
            var roles = move.Select(t => t.Role).Distinct().ToList();
            var guard = $"Aksi ini hanya untuk peran {string.Join(" atau ", roles)}.";
            if (move.Any(t => t.Rules.HasFlag(TransitionRules.Withdraw)))
            {
                machine.Configure(move.Key.From).PermitIf(move.Key.Action, move.First().To, () => move.Any(t => Allows(t, actor)), WithdrawRefusal);
                continue;
            }

            if (move.First().To == move.Key.From)
            {
                // A move that stays in its state (rescheduling): Stateless calls it a re-entry.
                machine.Configure(move.Key.From).PermitReentryIf(move.Key.Action, () => roles.Any(actor.Has), guard);
                continue;
            }

            machine.Configure(move.Key.From).PermitIf(
                move.Key.Action,
                move.First().To,
                () => roles.Any(actor.Has),
                guard);
        }

        return machine;
    }
}
