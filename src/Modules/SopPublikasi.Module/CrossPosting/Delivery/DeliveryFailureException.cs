namespace SopPublikasi.Module.CrossPosting.Delivery;

/// <summary>How a failed call is handled (docs/networks.md: every failure is classified, per network).</summary>
public enum FailureKind
{
    /// <summary>Nothing was posted and trying again later may work: exponential backoff with jitter.</summary>
    Transient,

    /// <summary>The network asked us to wait: try again at <see cref="DeliveryFailureException.RetryAt"/>.</summary>
    RateLimited,

    /// <summary>The credentials were refused: pause the channel and tell the administrators.</summary>
    NeedsReauthorization,

    /// <summary>The network will never accept this post: fail with its message.</summary>
    Permanent,

    /// <summary>The network says it already has this post: maybe it was posted; reconcile, never re-post.</summary>
    Duplicate,

    /// <summary>The request may have arrived (timeout, reset): reconcile before any new attempt.</summary>
    Uncertain,
}

/// <summary>A classified failure from a network client, carrying the network's own message.</summary>
public sealed class DeliveryFailureException : Exception
{
    public DeliveryFailureException(FailureKind kind, string message, DateTimeOffset? retryAt = null, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        RetryAt = retryAt;
    }

    public DeliveryFailureException()
        : this(FailureKind.Transient, "Gagal.")
    {
    }

    public DeliveryFailureException(string message)
        : this(FailureKind.Transient, message)
    {
    }

    public DeliveryFailureException(string message, Exception innerException)
        : this(FailureKind.Transient, message, null, innerException)
    {
    }

    public FailureKind Kind { get; }

    /// <summary>For <see cref="FailureKind.RateLimited"/>: the network's reset time.</summary>
    public DateTimeOffset? RetryAt { get; }
}
