using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.Scheduling;

/// <summary>After a move that scheduled an item (or changed its time) commits, the publisher looks again.</summary>
public sealed class WakePublisherOnSchedule(ScheduledPublicationSignal signal) : IMateriEventHandler<MateriMoved>
{
    public Task CommittedAsync(MateriMoved e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Materi.DomainEvents.OfType<MateriScheduled>().Any())
        {
            signal.Notify();
        }

        return Task.CompletedTask;
    }
}
