using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.Notifications;

/// <summary>
/// Stores notifications per person (the bell) with their e-mail as a pending row for <see cref="EmailSender"/>.
/// Workflow code stages rows in its own unit of work (<see cref="StageAsync"/>) so they commit with the move;
/// other callers use <see cref="INotifier"/>, which saves at once.
/// </summary>
public sealed class NotificationCentre(SopDbContext db, IOptionsMonitor<EmailOptions> email, NotificationSignal signal, TimeProvider clock, IEnumerable<INotificationChannel> channels) : INotifier
{
    public async Task NotifyUserAsync(string userId, Notification notification, CancellationToken cancellationToken)
    {
        await StageAsync([userId], notification, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Committed();
    }

    public async Task NotifyRoleAsync(string role, Notification notification, CancellationToken cancellationToken)
    {
        await StageAsync(await UsersInRoleAsync(role, cancellationToken), notification, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Committed();
    }

    /// <summary>Active users holding <paramref name="role"/> (not locked out).</summary>
    public async Task<IReadOnlyList<string>> UsersInRoleAsync(string role, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var users = await (
            from ur in db.UserRoles
            join r in db.Roles on ur.RoleId equals r.Id
            join u in db.Users on ur.UserId equals u.Id
            where r.Name == role
            select new { u.Id, u.LockoutEnd }).ToListAsync(ct);
        return [.. users.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now).Select(u => u.Id).Distinct()];
    }

    /// <summary>Adds one row per person (unsaved); the caller's SaveChanges commits them with its own change.</summary>
    public async Task StageAsync(IEnumerable<string> userIds, Notification notification, string? onceKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var ids = userIds.Where(id => !string.IsNullOrEmpty(id) && id != Actor.System.Id).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        var sending = email.CurrentValue.Enabled;
        var now = clock.GetUtcNow();
        var staged = new List<UserNotification>(people.Count);
        foreach (var person in people)
        {
            var mail = sending && !string.IsNullOrWhiteSpace(person.Email);
            var row = new UserNotification
            {
                UserId = person.Id,
                Kind = notification.Kind,
                Title = Cut(notification.Title, 200),
                Body = Cut(notification.Body, 4000),
                Link = notification.Link,
                OnceKey = onceKey,
                CreatedAt = now,
                EmailTo = mail ? person.Email : null,
                EmailStatus = mail ? EmailStatus.Pending : EmailStatus.NotSent,
                EmailNextAttemptAt = mail ? now : null,
            };
            db.Notifications.Add(row);
            staged.Add(row);
        }

        foreach (var channel in channels)
        {
            await channel.StageAsync(staged, ct);
        }
    }

    /// <summary>Call after the rows are committed: wakes the e-mail sender and the other channels' senders.</summary>
    public void Committed()
    {
        signal.Notify();
        foreach (var channel in channels)
        {
            channel.Committed();
        }
    }

    private static string Cut(string value, int max) => value.Length > max ? value[..max] : value;
}

