using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Notifications;

namespace SopPublikasi.Module.Berkala;

/// <summary>
/// Tells the PPID Pembantu and the Sekretaris, once per person and item, that an informasi berkala item has crossed
/// the line (<c>berkala-usang</c>). The once-key names the publication the age counts from, so an item that is
/// updated and ages again is told again. A unique (person, once-key) index for this kind makes it once across
/// instances: a second instance's row is refused by the database and skipped.
/// </summary>
public sealed class BerkalaNotices(BerkalaFreshness freshness, NotificationCentre centre, SopDbContext db)
{
    public const string Kind = "berkala-usang";

    public static string OnceKey(StaleBerkala item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return $"{Kind}:{item.MateriId}:{item.LastPublishedAt.UtcTicks}";
    }

    /// <summary>Notifies whoever has not heard of each stale item yet; returns how many rows were written.</summary>
    public async Task<int> NotifyAsync(CancellationToken ct)
    {
        var stale = await freshness.StaleAsync(ct);
        if (stale.Count == 0)
        {
            return 0;
        }

        var people = new List<string>();
        foreach (var role in BerkalaFreshness.Roles)
        {
            people.AddRange(await centre.UsersInRoleAsync(role, ct));
        }

        var recipients = people.Distinct(StringComparer.Ordinal).ToList();
        var keys = stale.Select(OnceKey).ToList();
        var told = (await db.Notifications.AsNoTracking()
                .Where(n => n.Kind == Kind && n.OnceKey != null && keys.Contains(n.OnceKey))
                .Select(n => new { n.UserId, n.OnceKey })
                .ToListAsync(ct))
            .Select(n => (n.UserId, n.OnceKey!))
            .ToHashSet();
        var written = 0;
        foreach (var item in stale)
        {
            var key = OnceKey(item);
            foreach (var person in recipients.Where(p => !told.Contains((p, key))))
            {
                await centre.StageAsync([person], Notice(item), key, ct);
                try
                {
                    await db.SaveChangesAsync(ct);
                    written++;
                }
                catch (DbUpdateException ex) when (!DatabaseFailures.IsUnavailable(ex))
                {
                    // Another instance told this person of this publication first: once is enough.
                    db.ChangeTracker.Clear();
                }
            }
        }

        if (written > 0)
        {
            centre.Committed();
        }

        return written;
    }

    private Notification Notice(StaleBerkala item) => new(
        Kind,
        $"Informasi berkala perlu diperbarui: {item.Title}",
        $"Informasi berkala \"{item.Title}\" terakhir diperbarui {BerkalaFreshness.Tanggal(item.LastPublishedAt)}. " +
        $"Informasi berkala wajib diperbarui paling lambat setiap {freshness.MaxAgeMonths} bulan (Perki 1/2021); " +
        "mulai revisi dari halaman materi.",
        $"/admin/materi/{item.MateriId}");
}
