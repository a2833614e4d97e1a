using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.Operations;

/// <summary>Counts each committed move and the time the item sat at the step it left.</summary>
public sealed class TransitionMetrics(SopMetrics metrics) : IMateriEventHandler<MateriMoved>
{
    public Task CommittedAsync(MateriMoved e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var stepSince = e.StepSince;
        foreach (var entry in e.Entries)
        {
            metrics.Transition(entry, entry.At - stepSince);
            stepSince = entry.At;
        }

        return Task.CompletedTask;
    }
}
