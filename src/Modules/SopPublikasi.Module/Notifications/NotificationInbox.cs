using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Notifications;

/// <summary>A signed-in person's notifications: the bell's unread count, the list, marking read.</summary>
public sealed class NotificationInbox(SopDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var id = users.GetUserId(user);
        return id is null ? Task.FromResult(0) : db.Notifications.CountAsync(n => n.UserId == id && n.ReadAt == null, ct);
    }

    public async Task<IReadOnlyList<UserNotification>> LatestAsync(ClaimsPrincipal user, int take, CancellationToken ct)
    {
        var id = users.GetUserId(user);
        return id is null
            ? []
            : await db.Notifications.AsNoTracking().Where(n => n.UserId == id).OrderByDescending(n => n.Id).Take(take).ToListAsync(ct);
    }

    /// <summary>Marks one of the user's own notifications read; returns it (null when not theirs).</summary>
    public async Task<UserNotification?> MarkReadAsync(ClaimsPrincipal user, long notificationId, CancellationToken ct)
    {
        var id = users.GetUserId(user);
        var n = await db.Notifications.FirstOrDefaultAsync(x => x.Id == notificationId && x.UserId == id, ct);
        if (n is { ReadAt: null })
        {
            n.ReadAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        return n;
    }

    public async Task<int> MarkAllReadAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var id = users.GetUserId(user);
        var now = clock.GetUtcNow();
        var unread = await db.Notifications.Where(n => n.UserId == id && n.ReadAt == null).ToListAsync(ct);
        foreach (var n in unread)
        {
            n.ReadAt = now;
        }

        await db.SaveChangesAsync(ct);
        return unread.Count;
    }
}
