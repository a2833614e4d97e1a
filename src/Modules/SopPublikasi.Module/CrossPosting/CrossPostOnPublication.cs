using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Materi.Events;
using SopPublikasi.Module.Operations;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>SOP step 8 on social media: a first publication queues one post per enabled channel, with the move.</summary>
public sealed class CrossPostOnPublication(SopDbContext db, OutboxWriter outbox, OutboxSignal signal) : IMateriEventHandler<MateriMoved>
{
    public async Task StagingAsync(MateriMoved e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Published is { FirstTime: true } published)
        {
            var version = await db.MateriVersions.AsNoTracking().FirstAsync(v => v.Id == published.VersionId, ct);
            await outbox.EnqueueAsync(e.Materi, version, ct);
        }
    }

    public Task CommittedAsync(MateriMoved e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Published is not null)
        {
            signal.Notify();
        }

        return Task.CompletedTask;
    }
}

/// <summary>The social outbox's waiting posts, for the outbox gauges.</summary>
public sealed class PendingPosts : IPendingWork
{
    public string Outbox => "social";

    public IQueryable<DateTimeOffset> PendingSince(SopDbContext db) =>
        db.Outbox.AsNoTracking().Where(m => m.Status == OutboxStatus.Pending).Select(m => m.CreatedAt);
}
