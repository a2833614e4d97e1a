using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Workflow;

/// <summary>
/// One history row per transition. Rows are only appended (the DbContext refuses updates and deletes), and each
/// carries the hash of the item's previous row so that an edited or removed row shows.
/// </summary>
public sealed class HistoryEntry : IAppendOnly
{
    public long Id { get; set; }

    public Guid MateriId { get; set; }

    public int Sequence { get; set; }

    public string Action { get; set; } = string.Empty;

    public WorkflowState From { get; set; }

    public WorkflowState To { get; set; }

    public int SopStep { get; set; }

    public string ActorId { get; set; } = string.Empty;

    /// <summary>"&lt;issuer&gt; atas nama &lt;owner&gt;" when someone acted for the person with a token issued for them.</summary>
    public string ActorName { get; set; } = string.Empty;

    /// <summary>
    /// Who acted on behalf of <see cref="ActorId"/> with a token they issued for that person; null when the person acted
    /// themself (and in every row written before this column).
    /// </summary>
    public string? IssuedById { get; set; }

    public string Role { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public string? Note { get; set; }

    public int VersionNumber { get; set; }

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;
}
