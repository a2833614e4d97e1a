namespace SopPublikasi.Module.Tokens;

/// <summary>
/// A bearer token for the API. Only its SHA-256 hash is stored; the token itself is shown once, when made.
/// </summary>
public sealed class PersonalAccessToken
{
    public Guid Id { get; set; }

    /// <summary>The owner: whose roles decide what the token may do.</summary>
    public string UserId { get; set; } = string.Empty;

    /// <summary>
    /// Who issued the token when that is not its owner (an administrator holding KelolaTokenSemua), else null. A request
    /// with it acts as the issuer on behalf of the owner.
    /// </summary>
    public string? IssuedById { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The first characters of the token, so that its owner can tell tokens apart.</summary>
    public string Prefix { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}
