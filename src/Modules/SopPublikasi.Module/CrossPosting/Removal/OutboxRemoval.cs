namespace SopPublikasi.Module.CrossPosting.Removal;

/// <summary>Where the removal of one cross-post stands, after its article was withdrawn. Stored as text.</summary>
public enum RemovalStatus
{
    /// <summary>The post was being sent (or its outcome was unknown) when the article was withdrawn: removed once it is sent.</summary>
    AwaitingSend = 0,

    /// <summary>To be deleted through the network's API at <see cref="OutboxRemoval.NextAttemptAt"/>.</summary>
    Pending = 1,

    /// <summary>Claimed by one instance (lease owner and expiry set) and being deleted now.</summary>
    Removing = 2,

    /// <summary>Tried and to be tried again at <see cref="OutboxRemoval.NextAttemptAt"/>, for <see cref="OutboxRemoval.WaitReason"/>.</summary>
    Waiting = 3,

    /// <summary>The network confirmed the deletion (or no longer had the post).</summary>
    Removed = 4,

    /// <summary>A person must delete the post on the network (<see cref="OutboxRemoval.ManualHint"/> says how).</summary>
    Manual = 5,

    /// <summary>An administrator deleted the post by hand and marked it (<see cref="OutboxRemoval.RemovedByName"/>).</summary>
    RemovedByHand = 6,

    /// <summary>The network refused the deletion for good: its own message is kept.</summary>
    Failed = 7,

    /// <summary>The post was never made (its sending failed or was cancelled): nothing to remove.</summary>
    NotNeeded = 8,
}

/// <summary>
/// The removal of one cross-post when its article is withdrawn: written in the same transaction as the withdrawal, one
/// row per sent outbox row (a unique index), claimed with a lease like a delivery (<see cref="LeaseOwner"/> is a
/// concurrency token), so with several instances each post is deleted once; retried with backoff.
/// </summary>
public sealed class OutboxRemoval
{
    public Guid Id { get; set; }

    /// <summary>The outbox row whose post is removed (its <see cref="OutboxMessage.RemoteId"/>).</summary>
    public Guid OutboxId { get; set; }

    public Guid MateriId { get; set; }

    public string Channel { get; set; } = string.Empty;

    public string ChannelType { get; set; } = string.Empty;

    public RemovalStatus Status { get; set; }

    /// <summary>Attempts started (a claim counts one).</summary>
    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Why the row waits, in Bahasa Indonesia.</summary>
    public string? WaitReason { get; set; }

    /// <summary>What a person must do on the network, for a removal by hand (Bahasa Indonesia).</summary>
    public string? ManualHint { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RemovedAt { get; set; }

    /// <summary>Who marked a removal by hand as done; null for a deletion the network confirmed.</summary>
    public string? RemovedById { get; set; }

    public string? RemovedByName { get; set; }
}
