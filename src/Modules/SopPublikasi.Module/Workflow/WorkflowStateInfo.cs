namespace SopPublikasi.Module.Workflow;

/// <summary>A workflow state as data: its label and the SOP step whose Waktu runs while an item waits in it.</summary>
public sealed class WorkflowStateInfo
{
    public WorkflowState Code { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The step being worked on in this state; null for end states, where nothing is due.</summary>
    public int? PendingStep { get; set; }
}
