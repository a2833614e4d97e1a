using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.Notifications;

/// <summary>Whoever's turn it is now hears of it: notices commit with the move, e-mail goes out later from the sender.</summary>
public sealed class NotifyOnMove(WorkflowNotifications notifications, NotificationCentre centre) : IMateriEventHandler<MateriMoved>, IMateriEventHandler<DisposisiCreated>
{
    public Task StagingAsync(DisposisiCreated e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        return notifications.StageAsync(e.Materi, e.Materi.History, e.Giver, ct);
    }

    public Task StagingAsync(MateriMoved e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        return notifications.StageAsync(e.Materi, e.Entries, e.Actor, ct);
    }

    public Task CommittedAsync(DisposisiCreated e, CancellationToken ct) => Wake();

    public Task CommittedAsync(MateriMoved e, CancellationToken ct) => Wake();

    private Task Wake()
    {
        centre.Committed();
        return Task.CompletedTask;
    }
}
