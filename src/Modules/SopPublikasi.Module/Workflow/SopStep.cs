namespace SopPublikasi.Module.Workflow;

/// <summary>One row of the SOP table (steps 1-8) with its mutu baku: kelengkapan, waktu and output.</summary>
public sealed class SopStep
{
    public int Number { get; set; }

    public string Description { get; set; } = string.Empty;

    public string Performer { get; set; } = string.Empty;

    /// <summary>Kelengkapan: what the step needs.</summary>
    public string Requirements { get; set; } = string.Empty;

    public string Output { get; set; } = string.Empty;

    /// <summary>Waktu: working days allowed. The SOP leaves it blank; the default is one working day.</summary>
    public int WorkingDaysAllowed { get; set; } = 1;

    /// <summary>When an administrator last set the Waktu (null: seeded or from configuration).</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
