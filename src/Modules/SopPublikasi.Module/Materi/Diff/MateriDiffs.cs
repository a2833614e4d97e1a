using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Materi.Diff;

/// <summary>The comparisons shown at correction and verification: the draft against the previous version and against the live one.</summary>
public sealed class MateriDiffs(SopDbContext db)
{
    public Task<IReadOnlyList<VersionComparison>> ForAsync(MateriPublikasi materi, CancellationToken ct) => ForAsync(materi, null, ct);

    /// <summary>
    /// The comparisons for one reader: with <paramref name="lastSeen"/> (<see cref="ReviewerBaseline"/>), the draft
    /// against the version they last saw instead of the previous save, when that is an earlier one.
    /// </summary>
    public async Task<IReadOnlyList<VersionComparison>> ForAsync(MateriPublikasi materi, int? lastSeen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(materi);
        if (materi.LatestVersionId is not { } latestId)
        {
            return [];
        }

        var wanted = new List<Guid> { latestId };
        if (materi.PublishedVersionId is { } liveId && liveId != latestId)
        {
            wanted.Add(liveId);
        }

        var versions = await db.MateriVersions.AsNoTracking()
            .Where(v => v.MateriId == materi.Id && (wanted.Contains(v.Id) || v.Number == materi.LatestVersion - 1 || v.Number == lastSeen))
            .ToListAsync(ct);
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        string Name(int id) => categories.TryGetValue(id, out var n) ? n : id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var latest = versions.First(v => v.Id == latestId);
        var result = new List<VersionComparison>();
        var published = materi.PublishedVersionId is { } live && live != latestId ? versions.FirstOrDefault(v => v.Id == live) : null;
        if (lastSeen is { } seen && seen < latest.Number - 1 && versions.FirstOrDefault(v => v.Number == seen) is { } lastSeenVersion)
        {
            var alsoLive = published?.Id == lastSeenVersion.Id ? ", yang tayang" : string.Empty;
            result.Add(VersionComparison.Compare($"Dibanding versi yang terakhir Anda lihat (versi {seen}{alsoLive})", lastSeenVersion, latest, Name));
            if (published is not null && published.Id != lastSeenVersion.Id)
            {
                result.Add(VersionComparison.Compare($"Dibanding versi yang tayang (versi {published.Number})", published, latest, Name));
            }

            return result;
        }

        if (versions.FirstOrDefault(v => v.Number == latest.Number - 1) is { } previous)
        {
            var alsoLive = published?.Id == previous.Id ? ", yang tayang" : string.Empty;
            result.Add(VersionComparison.Compare($"Dibanding versi sebelumnya (versi {previous.Number}{alsoLive})", previous, latest, Name));
        }

        if (published is not null && published.Number != latest.Number - 1)
        {
            result.Add(VersionComparison.Compare($"Dibanding versi yang tayang (versi {published.Number})", published, latest, Name));
        }

        return result;
    }
}
