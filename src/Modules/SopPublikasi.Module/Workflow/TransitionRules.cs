namespace SopPublikasi.Module.Workflow;

/// <summary>What a transition demands of its input, and what it changes besides the state.</summary>
[Flags]
public enum TransitionRules
{
    None = 0,

    /// <summary>A note is required.</summary>
    Note = 1,

    /// <summary>A Staf Sekretariat must be chosen; the item is assigned to them.</summary>
    Assign = 2,

    /// <summary>Only the assigned staff member may take this move.</summary>
    AssigneeOnly = 4,

    /// <summary>A draft version must exist.</summary>
    Draft = 8,

    /// <summary>A Perki 1/2021 category other than dikecualikan is required.</summary>
    Classify = 16,

    /// <summary>The uji konsekuensi is required; the item becomes dikecualikan and is never published.</summary>
    Exempt = 32,

    /// <summary>The latest version becomes the live one.</summary>
    Publish = 64,

    /// <summary>A send-back: the note is the reason, shown at the top of the next actor's form.</summary>
    SendBack = 128,

    /// <summary>
    /// A publication time is chosen (required, in the future and within the horizon): the move waits for it. On a
    /// system move together with <see cref="Publish"/>: the move the system takes once that time has come.
    /// </summary>
    Schedule = 256,

    /// <summary>
    /// Withdrawal of a published article: open to holders of the permission "TarikMateri" (not to a role), only while a
    /// version is live; the reason is required and the live version leaves the public site.
    /// </summary>
    Withdraw = 512,
}
