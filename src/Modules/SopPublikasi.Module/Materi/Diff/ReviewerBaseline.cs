using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.Materi.Diff;

/// <summary>
/// The version a person's diff compares from (<see cref="MateriSeen"/>): the latest version when they last saw the
/// item, kept while nothing newer came; for someone never recorded, the version current at their last turn in the
/// history (what they handed in or sent back); else none (the diff then compares the last two saves).
/// </summary>
public sealed class ReviewerBaseline(SopDbContext db, TimeProvider clock)
{
    /// <summary>The version <paramref name="userId"/>'s diff compares the latest with, or null for "the previous save".</summary>
    public async Task<int?> ForAsync(MateriPublikasi materi, string userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(materi);
        var seen = await db.SeenVersions.AsNoTracking().FirstOrDefaultAsync(s => s.MateriId == materi.Id && s.UserId == userId, ct);
        int? baseline = seen is null
            ? materi.History.Where(h => h.ActorId == userId).MaxBy(h => h.Sequence)?.VersionNumber
            : seen.VersionNumber < materi.LatestVersion ? seen.VersionNumber : seen.Baseline;
        return baseline is { } n && n > 0 && n < materi.LatestVersion ? n : null;
    }

    /// <summary>Records that <paramref name="userId"/> saw the item's latest version now (opened it, or took a move).</summary>
    public async Task RecordAsync(MateriPublikasi materi, string userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(materi);
        if (string.IsNullOrEmpty(userId) || materi.LatestVersion == 0)
        {
            return;
        }

        Stage(await db.SeenVersions.FirstOrDefaultAsync(s => s.MateriId == materi.Id && s.UserId == userId, ct), materi, userId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same person's other tab recorded it first: what they saw is recorded either way.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Adds or updates the row in the context without saving (a move's unit of work saves it).</summary>
    public void Stage(MateriSeen? row, MateriPublikasi materi, string userId)
    {
        ArgumentNullException.ThrowIfNull(materi);
        var now = clock.GetUtcNow();
        if (row is null)
        {
            var before = materi.History.Where(h => h.ActorId == userId).MaxBy(h => h.Sequence)?.VersionNumber ?? Math.Max(materi.LatestVersion - 1, 0);
            db.SeenVersions.Add(new MateriSeen { MateriId = materi.Id, UserId = userId, VersionNumber = materi.LatestVersion, Baseline = before, SeenAt = now });
            return;
        }

        if (row.VersionNumber < materi.LatestVersion)
        {
            row.Baseline = row.VersionNumber;
            row.VersionNumber = materi.LatestVersion;
        }

        row.SeenAt = now;
    }
}

/// <summary>A move is an act on the item: its actor has seen the version it was taken on.</summary>
public sealed class RecordSeenOnMove(SopDbContext db, ReviewerBaseline baseline) : IMateriEventHandler<MateriMoved>
{
    public async Task StagingAsync(MateriMoved e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Materi.LatestVersion == 0 || ReferenceEquals(e.Actor, Security.Actor.System))
        {
            return;
        }

        var row = await db.SeenVersions.FirstOrDefaultAsync(s => s.MateriId == e.Materi.Id && s.UserId == e.Actor.Id, ct);
        baseline.Stage(row, e.Materi, e.Actor.Id);
    }
}
