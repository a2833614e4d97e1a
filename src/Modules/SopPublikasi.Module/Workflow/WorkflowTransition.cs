using SopPublikasi.Module.Identity;

namespace SopPublikasi.Module.Workflow;

/// <summary>
/// One allowed move of the SOP, as data: from which state, by which role, to which state, in which SOP step.
/// The same action appears once per role that may take it.
/// </summary>
public sealed class WorkflowTransition
{
    public int Id { get; set; }

    /// <summary>Machine name of the action (aksi), e.g. "setujui"; stable, used by the API.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>Button label shown to the actor.</summary>
    public string Label { get; set; } = string.Empty;

    public WorkflowState From { get; set; }

    public WorkflowState To { get; set; }

    public string Role { get; set; } = string.Empty;

    public int SopStep { get; set; }

    public TransitionRules Rules { get; set; }

    public bool IsAutomatic => Role == SopRoles.System;
}
