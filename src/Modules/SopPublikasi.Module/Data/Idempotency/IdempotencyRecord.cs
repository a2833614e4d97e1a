namespace SopPublikasi.Module.Data.Idempotency;

/// <summary>
/// One request that must take effect once: an admin form's one-time token or an API client's Idempotency-Key, per
/// person. Claimed (<see cref="Completed"/> false) before the work runs, then completed with what a repeat gets:
/// the redirect or the API's answer. Kept until <see cref="ExpiresAt"/>.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>"form:{userId}:{token}" or "api:{userId}:{key}".</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>SHA-256 (hex) of what was asked: method, path and body; a repeat with another body is refused.</summary>
    public string RequestHash { get; set; } = string.Empty;

    public bool Completed { get; set; }

    public int Status { get; set; }

    /// <summary>Where the first answer pointed (a form's redirect, a 201's Location).</summary>
    public string? Location { get; set; }

    public string? ContentType { get; set; }

    /// <summary>The first answer's body: an API answer encrypted by <c>IdempotencyKeys</c> ("dp:" + data protection), a form's what its page keeps.</summary>
    public string? Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
