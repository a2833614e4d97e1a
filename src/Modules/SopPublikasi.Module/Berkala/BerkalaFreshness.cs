using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Berkala;

/// <summary>A live informasi berkala item whose latest publication is older than <see cref="PpidOptions.BerkalaMaxAge"/>.</summary>
/// <param name="LastPublishedAt">Its latest publication (first publication or a published revision): the age counts from here.</param>
/// <param name="DueAt">When it crossed the line: <paramref name="LastPublishedAt"/> plus the allowed months (WIB calendar).</param>
/// <param name="RevisionInProgress">A revision has been started (the item is no longer in Terbit); it stays stale until it is published.</param>
public sealed record StaleBerkala(Guid MateriId, string Title, DateTimeOffset LastPublishedAt, DateTimeOffset DueAt, bool RevisionInProgress);

/// <summary>
/// Which informasi berkala items need updating. An item counts from its latest publication: publishing a revision
/// restarts its age. Only items on the public site now count (withdrawn or exempt items are not listed).
/// </summary>
public sealed class BerkalaFreshness(SopDbContext db, IOptionsMonitor<PpidOptions> options, TimeProvider clock)
{
    /// <summary>The roles that answer for the DIP's freshness: they see the list and hear of each item once.</summary>
    public static IReadOnlyList<string> Roles { get; } = [SopRoles.PpidPembantu, SopRoles.Sekretaris];

    public static bool MaySee(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Roles.Any(actor.Has);
    }

    public int MaxAgeMonths => options.CurrentValue.BerkalaMaxAge;

    /// <summary>When an item published at <paramref name="lastPublishedAt"/> becomes stale: the same WIB time, the allowed months later.</summary>
    public DateTimeOffset DueAt(DateTimeOffset lastPublishedAt) => IndonesianTime.ToWib(lastPublishedAt).AddMonths(MaxAgeMonths);

    /// <summary>The stale items, the oldest first.</summary>
    public async Task<IReadOnlyList<StaleBerkala>> StaleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // A few days' slack in the query (a month's end: 31 August + 6 months is 28 February); the exact line is
        // drawn below on the WIB calendar, as DueAt draws it.
        var cutoff = IndonesianTime.ToWib(now).AddMonths(-MaxAgeMonths).AddDays(4).ToUniversalTime();
        var rows = await db.Materi.AsNoTracking()
            .Where(m => m.PublishedVersionId != null && m.KategoriInformasi == KategoriInformasi.Berkala && m.LastPublishedAt != null && m.LastPublishedAt <= cutoff)
            .Select(m => new { m.Id, Title = m.PublishedVersion!.Title, LastPublishedAt = m.LastPublishedAt!.Value, m.State })
            .ToListAsync(ct);
        return [.. rows
            .Select(r => new StaleBerkala(r.Id, r.Title, r.LastPublishedAt, DueAt(r.LastPublishedAt), r.State != WorkflowState.Terbit))
            .Where(r => r.DueAt <= now)
            .OrderBy(r => r.LastPublishedAt)];
    }

    /// <summary>"6 bulan 3 hari": the age of a publication on the WIB calendar, in months and days.</summary>
    public static string Age(DateTimeOffset since, DateTimeOffset now)
    {
        var from = IndonesianTime.ToWib(since);
        var to = IndonesianTime.ToWib(now);
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        if (from.AddMonths(months) > to)
        {
            months--;
        }

        var days = months < 0 ? 0 : (int)(to - from.AddMonths(Math.Max(months, 0))).TotalDays;
        var parts = new List<string>();
        if (months > 0)
        {
            parts.Add($"{months} bulan");
        }

        if (days > 0 || parts.Count == 0)
        {
            parts.Add($"{days} hari");
        }

        return string.Join(" ", parts);
    }

    /// <summary>"7 Desember 2026": a date as the public list and the dashboard write it.</summary>
    public static string Tanggal(DateTimeOffset value) => IndonesianTime.ToWib(value).ToString("d MMMM yyyy", IndonesianTime.Culture);
}
