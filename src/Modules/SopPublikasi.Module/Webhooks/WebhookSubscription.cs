namespace SopPublikasi.Module.Webhooks;

/// <summary>A URL an administrator registered for some events. Its signing secret is stored encrypted (Data Protection).</summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; set; }

    public string Url { get; set; } = string.Empty;

    public string? Description { get; set; }

    public List<string> Events { get; set; } = [];

    public string ProtectedSecret { get; set; } = string.Empty;

    /// <summary>The secret the last rotation replaced (encrypted), still signing next to the new one until <see cref="PreviousSecretUntil"/>.</summary>
    public string? ProtectedPreviousSecret { get; set; }

    /// <summary>End of the last rotation's overlap: after it, deliveries carry only the current secret's signature.</summary>
    public DateTimeOffset? PreviousSecretUntil { get; set; }

    /// <summary>When the current secret was made by a rotation; null while it is the one made with the subscription.</summary>
    public DateTimeOffset? SecretRotatedAt { get; set; }

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}

public enum DeliveryStatus
{
    Pending = 0,
    Delivered = 1,
    Failed = 2,
}

/// <summary>
/// One event for one subscription: written in the same transaction as the change it reports, then sent (and
/// retried) by the dispatcher. Its id goes with every attempt, so the receiver can drop a repeat.
/// </summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; set; }

    public Guid SubscriptionId { get; set; }

    public string Event { get; set; } = string.Empty;

    public string Payload { get; set; } = string.Empty;

    public DeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }
}
