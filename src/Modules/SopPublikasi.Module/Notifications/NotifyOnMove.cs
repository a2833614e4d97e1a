using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.Notifications;

/// <summary>Whoever's turn it is now hears of it: notices commit with the move, e-mail goes out later from the sender.</summary>
public sealed class NotifyOnMove(WorkflowNotifications notifications, NotificationCentre centre, ReadOnAction read) : IMateriEventHandler<MateriMoved>, IMateriEventHandler<DisposisiCreated>, IMateriEventHandler<DraftSaved>
{
    public Task StagingAsync(DisposisiCreated e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        return notifications.StageAsync(e.Materi, e.Materi.History, e.Giver, ct);
    }

    public async Task StagingAsync(MateriMoved e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        await read.StageAsync(e.Materi.Id, e.Actor, ct);
        await notifications.StageAsync(e.Materi, e.Entries, e.Actor, ct);
    }

    /// <summary>A draft saved is the editor acting on the item: their notices about it are read.</summary>
    public Task StagingAsync(DraftSaved e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        return read.StageAsync(e.Materi.Id, e.Editor, ct);
    }

    public Task CommittedAsync(DisposisiCreated e, CancellationToken ct) => Wake();

    public Task CommittedAsync(MateriMoved e, CancellationToken ct) => Wake();

    private Task Wake()
    {
        centre.Committed();
        return Task.CompletedTask;
    }
}
