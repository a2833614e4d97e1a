namespace SopPublikasi.Module.Notifications;

/// <summary>
/// A way of delivering notifications besides the bell and e-mail (Web Push, say), offered by another feature. It adds
/// rows of its own beside each notification in the same unit of work (so they commit together), is woken once they
/// are committed, and tells the notification page how each notification went on its way.
/// </summary>
public interface INotificationChannel
{
    /// <summary>Called with the notifications just staged (unsaved); the caller's SaveChanges commits what it adds.</summary>
    Task StageAsync(IReadOnlyList<UserNotification> staged, CancellationToken ct);

    /// <summary>Called after the notifications are committed: wakes the channel's sender.</summary>
    void Committed();

    /// <summary>A line in Bahasa Indonesia per notification (by id) saying where its delivery stands; none for a notification the channel did not carry.</summary>
    Task<IReadOnlyDictionary<long, string>> StatusAsync(IReadOnlyList<long> notificationIds, CancellationToken ct);
}
