using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>Where one cross-post stands. Stored as text; only <see cref="Sent"/> means the network confirmed it.</summary>
public enum OutboxStatus
{
    /// <summary>Not tried yet.</summary>
    Pending = 0,

    /// <summary>The network answered with the post's id: it exists.</summary>
    Sent = 1,

    /// <summary>Will not be sent: the network's own message says why.</summary>
    Failed = 2,

    /// <summary>Claimed by one instance (lease owner and expiry set) and being sent now.</summary>
    Sending = 3,

    /// <summary>The request may have reached the network (timeout, reset, a process that died, a duplicate answer): ask the network before any new attempt.</summary>
    Uncertain = 4,

    /// <summary>Tried and to be tried again at <see cref="OutboxMessage.NextAttemptAt"/> for <see cref="OutboxMessage.WaitReason"/>.</summary>
    Waiting = 5,

    /// <summary>Cancelled by an administrator before it was sent.</summary>
    Cancelled = 6,

    /// <summary>
    /// Waits for a person: a hand-off network (WhatsApp) has no posting API, so an officer copies the text, sends it by
    /// hand and marks it sent (<see cref="OutboxMessage.SentByName"/>). Never claimed by the dispatcher, never retried,
    /// never counted as failed or as waiting work.
    /// </summary>
    Manual = 7,
}

/// <summary>
/// One cross-post to make: written in the same transaction as the approval, one row per article × channel (a
/// unique index), and the single source of truth for what was sent where. Its state changes only through the
/// dispatcher's lease (<see cref="LeaseOwner"/> is a concurrency token) or an administrator's retry/cancel.
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

    /// <summary>The article's cover (a media file id), sent with the post where the network takes an image.</summary>
    public Guid? ImageId { get; set; }

    public string? ImageAlt { get; set; }

    public OutboxStatus Status { get; set; }

    /// <summary>Attempts started (a claim counts one), kept across restarts.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Why the row waits (rate limit until …, network error, paused channel), in Bahasa Indonesia.</summary>
    public string? WaitReason { get; set; }

    /// <summary>The instance sending the row now; null when nobody holds it.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When the lease runs out: a row still "sending" after this belonged to a process that died.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; set; }

    /// <summary>When the first attempt started (Mastodon keeps an idempotency key for an hour).</summary>
    public DateTimeOffset? FirstAttemptAt { get; set; }

    /// <summary>A step already done on the network, kept the moment it is known (Instagram's container id).</summary>
    public string? Progress { get; set; }

    /// <summary>The network answered "duplicate" once: if it cannot then be found, the row fails instead of looping.</summary>
    public bool DuplicateAnswered { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Who marked a hand-off row (<see cref="OutboxStatus.Manual"/>) as sent by hand; null for a row a network confirmed.</summary>
    public string? SentById { get; set; }

    /// <summary>Their name as it was when they marked it, for the status page.</summary>
    public string? SentByName { get; set; }

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
        WaitReason = null;
        Release();
    }

    /// <summary>Try again at <paramref name="at"/>; <paramref name="reason"/> is shown on the status page.</summary>
    public void MarkWaiting(DateTimeOffset at, string reason, string? error = null)
    {
        Status = OutboxStatus.Waiting;
        NextAttemptAt = at;
        WaitReason = reason;
        LastError = error ?? LastError;
        Release();
    }

    /// <summary>The request may have arrived: the next attempt asks the network first.</summary>
    public void MarkUncertain(DateTimeOffset at, string reason)
    {
        Status = OutboxStatus.Uncertain;
        NextAttemptAt = at;
        WaitReason = reason;
        Release();
    }

    /// <summary>Will not be sent; <paramref name="error"/> is the network's own message where there is one.</summary>
    public void MarkFailed(string error)
    {
        Status = OutboxStatus.Failed;
        LastError = error;
        WaitReason = null;
        Release();
    }

    /// <summary>Will never be sent (its article was withdrawn); <paramref name="reason"/> is shown on the status page.</summary>
    public void MarkCancelled(string reason)
    {
        Status = OutboxStatus.Cancelled;
        NextAttemptAt = Delivery.DeliveryProcessor.Never;
        WaitReason = reason;
        Release();
    }

    /// <summary>
    /// A transient failure: retried later with backoff (<paramref name="jitter"/> in [0, 1]) until
    /// <paramref name="maxAttempts"/> are spent, then failed for good with the last message.
    /// </summary>
    public void MarkAttemptFailed(string error, DateTimeOffset now, int maxAttempts, double jitter)
    {
        if (Attempts >= maxAttempts)
        {
            MarkFailed(error);
            return;
        }

        MarkWaiting(now + RetryPolicy.Delay(Math.Max(1, Attempts), jitter), "Gangguan jaringan; dicoba lagi otomatis.", error);
    }

    private void Release()
    {
        LeaseOwner = null;
        LeaseExpiresAt = null;
    }
}
