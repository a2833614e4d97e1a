namespace SopPublikasi.Module.CrossPosting;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}

/// <summary>
/// One cross-post to make: written in the same transaction as the approval, one row per article × channel (a
/// unique index), and the single source of truth for what was sent where.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public Guid MateriId { get; set; }

    public string Channel { get; set; } = string.Empty;

    public string ChannelType { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string Link { get; set; } = string.Empty;

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? RemoteId { get; set; }

    public string? RemoteUrl { get; set; }

    public string? LastError { get; set; }

    /// <summary>The network accepted the post: its id (and link) are kept, the row is done.</summary>
    public void MarkSent(PostResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        Status = OutboxStatus.Sent;
        RemoteId = result.RemoteId;
        RemoteUrl = result.RemoteUrl;
        SentAt = now;
        LastError = null;
    }

    /// <summary>
    /// An attempt failed: retried later with backoff (<paramref name="jitter"/> in [0, 1]) until
    /// <paramref name="maxAttempts"/> are spent, then failed for good with the last message.
    /// </summary>
    public void MarkAttemptFailed(string error, DateTimeOffset now, int maxAttempts, double jitter)
    {
        LastError = error;
        if (Attempts >= maxAttempts)
        {
            Status = OutboxStatus.Failed;
            return;
        }

        NextAttemptAt = now + RetryPolicy.Delay(Attempts, jitter);
    }

    /// <summary>The row cannot be sent at all (its channel was removed from configuration).</summary>
    public void MarkFailed(string error)
    {
        Status = OutboxStatus.Failed;
        LastError = error;
    }
}
