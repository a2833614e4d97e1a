namespace SopPublikasi.Module.Materi.Events;

/// <summary>
/// A feature's reaction to an item's event (<see cref="DisposisiCreated"/>, <see cref="MateriMoved"/>). The core
/// knows no handler: features register theirs, and <see cref="MateriUnitOfWork"/> runs them in three phases.
/// </summary>
public interface IMateriEventHandler<in TEvent>
    where TEvent : class
{
    /// <summary>Before the save: add rows that must commit with the move (outbox rows, deliveries, notices) to the unit of work.</summary>
    Task StagingAsync(TEvent e, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Inside the move's transaction, after its rows are written: statements that must commit with it (the search index).</summary>
    Task SavedAsync(TEvent e, CancellationToken ct) => Task.CompletedTask;

    /// <summary>After commit: what must not roll back with the move (cache eviction, waking a dispatcher, metrics). A failure here is logged: the move stands.</summary>
    Task CommittedAsync(TEvent e, CancellationToken ct) => Task.CompletedTask;
}
