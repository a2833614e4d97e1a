using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.LayananInformasi.Domain;

/// <summary>
/// One row per move of a request or its objection (submitted, extended, answer prepared, decided, objection filed,
/// objection answered, dispute recorded, personal data erased): append-only and hash-chained per request, like the
/// SOP's history (<see cref="Workflow.HistoryChain"/>).
/// </summary>
public sealed class LayananHistoryEntry : IAppendOnly
{
    public long Id { get; set; }

    public Guid PermohonanId { get; set; }

    public int Sequence { get; set; }

    /// <summary>The transition's name (e.g. "terima", "perpanjang", "kabulkan", "keberatan", "putus-keberatan").</summary>
    public string Action { get; set; } = string.Empty;

    public string From { get; set; } = string.Empty;

    public string To { get; set; } = string.Empty;

    /// <summary>The user's id, or "pemohon" for the requester, or "sistem".</summary>
    public string ActorId { get; set; } = string.Empty;

    public string ActorName { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    /// <summary>What was decided, in words (never personal data).</summary>
    public string? Note { get; set; }

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;
}
