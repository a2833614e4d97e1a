namespace SopPublikasi.Module.Push;

/// <summary>
/// One browser on one device that a person allowed to show notifications: its push subscription (the push service's
/// endpoint and the browser's keys, RFC 8291). Removed by the person, or when the push service answers 404/410.
/// </summary>
public sealed class PushDevice
{
    public long Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    /// <summary>The push service's address for this subscription (unique).</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>The browser's P-256 public key (base64url).</summary>
    public string P256dh { get; set; } = string.Empty;

    /// <summary>The browser's authentication secret (16 bytes, base64url).</summary>
    public string Auth { get; set; } = string.Empty;

    /// <summary>What the person sees in the list: browser and system, read from the user agent ("Chrome di Android").</summary>
    public string Label { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSuccessAt { get; set; }
}

/// <summary>Where one notification's push to one device stands.</summary>
public enum PushStatus
{
    /// <summary>Waiting for the background sender (first try or a retry).</summary>
    Pending = 0,

    Delivered = 1,

    /// <summary>Given up (attempts spent, or refused for good); LastError says why.</summary>
    Failed = 2,

    /// <summary>The push service said the subscription is gone (404/410): the device was removed.</summary>
    Gone = 3,
}

/// <summary>
/// The push outbox: one row per notification × device, staged with the notification (it commits with it) and sent
/// by <see cref="PushSender"/>, never inside the request that caused it.
/// </summary>
public sealed class PushDelivery
{
    public long Id { get; set; }

    public long NotificationId { get; set; }

    public Notifications.UserNotification? Notification { get; set; }

    /// <summary>Null once the device was removed (the row stays as the record of what happened).</summary>
    public long? DeviceId { get; set; }

    public PushDevice? Device { get; set; }

    /// <summary>The device's label at the time, kept for the record.</summary>
    public string DeviceLabel { get; set; } = string.Empty;

    public PushStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>When it is due; while a sender holds it, the end of its lease.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }
}
