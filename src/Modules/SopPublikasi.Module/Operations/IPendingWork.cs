using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Operations;

/// <summary>
/// An outbox a feature owns, for the <c>sop.outbox.depth</c> and <c>sop.outbox.age</c> gauges: the creation times
/// of its rows still waiting to be sent. Features register theirs; Operations knows none of them.
/// </summary>
public interface IPendingWork
{
    /// <summary>The gauges' <c>outbox</c> tag ("social", "webhook").</summary>
    string Outbox { get; }

    IQueryable<DateTimeOffset> PendingSince(SopDbContext db);
}
