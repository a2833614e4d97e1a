using SopPublikasi.Module.Security;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Materi.Events;

/// <summary>SOP step 1 was taken: a disposisi was given and a new item starts its way, with its first history entries.</summary>
public sealed record DisposisiCreated(MateriPublikasi Materi, LembarDisposisi Disposisi, Actor Giver);

/// <summary>
/// One SOP move of an item, with the moves the system took by itself after it (step 8 after approval). The
/// aggregate's own events (<see cref="MateriPublished"/>, <see cref="MateriWithdrawn"/>, <see cref="MateriAssigned"/>,
/// <see cref="MateriSentBack"/>) say what the move did.
/// </summary>
public sealed record MateriMoved(MateriPublikasi Materi, IReadOnlyList<HistoryEntry> Entries, Actor Actor, Guid? LiveBefore, DateTimeOffset? StepSince)
{
    /// <summary>The version that became live by this move, if one did.</summary>
    public MateriPublished? Published => Materi.DomainEvents.OfType<MateriPublished>().FirstOrDefault();

    /// <summary>The live version changed (published, published again, or taken off the public site).</summary>
    public bool LiveChanged => Materi.PublishedVersionId != LiveBefore;
}
