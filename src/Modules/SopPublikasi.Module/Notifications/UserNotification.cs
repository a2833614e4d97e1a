using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Notifications;

/// <summary>Where a notification's e-mail stands.</summary>
public enum EmailStatus
{
    /// <summary>No e-mail: sending is off (no Email:Host) or the person has no address.</summary>
    NotSent = 0,

    /// <summary>Waiting for the background sender (first try or a retry after a failure).</summary>
    Pending = 1,

    Delivered = 2,

    /// <summary>Given up after Email:MaxAttempts tries; LastError says why.</summary>
    Failed = 3,
}

/// <summary>
/// One notification for one person: shown under the bell in the admin and, when e-mail is on, sent by
/// <see cref="EmailSender"/> from this row (an outbox: never inside the request that caused it).
/// </summary>
public sealed class UserNotification : IQueuedEmail
{
    public long Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public string? Link { get; set; }

    /// <summary>Set for notices that must go out once only (e.g. "terlambat" per item and stay in a step).</summary>
    public string? OnceKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>The address at the time of the notice.</summary>
    public string? EmailTo { get; set; }

    public EmailStatus EmailStatus { get; set; }

    public int EmailAttempts { get; set; }

    public DateTimeOffset? EmailNextAttemptAt { get; set; }

    public DateTimeOffset? EmailDeliveredAt { get; set; }

    public string? EmailLastError { get; set; }

    public void CountAttempt() => EmailAttempts++;

    public void MarkDelivered(DateTimeOffset now)
    {
        EmailStatus = EmailStatus.Delivered;
        EmailDeliveredAt = now;
        EmailNextAttemptAt = null;
    }

    /// <summary>Records a failed try: retried later with backoff, or given up after <paramref name="maxAttempts"/>.</summary>
    public void MarkAttemptFailed(string error, DateTimeOffset now, int maxAttempts, TimeSpan firstDelay, double jitter)
    {
        EmailLastError = error.Length > 1000 ? error[..1000] : error;
        if (EmailAttempts >= maxAttempts)
        {
            EmailStatus = EmailStatus.Failed;
            EmailNextAttemptAt = null;
            return;
        }

        EmailNextAttemptAt = now + RetryPolicy.Delay(EmailAttempts, jitter, firstDelay);
    }
}
