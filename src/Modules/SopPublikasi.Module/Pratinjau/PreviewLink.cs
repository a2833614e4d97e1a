namespace SopPublikasi.Module.Pratinjau;

/// <summary>
/// A preview link for someone without an account (the Camat, a resource person quoted in the text): it shows one
/// version of one item until it expires or is revoked. Only the SHA-256 of its random token is kept; the link itself
/// is shown once, to whoever made it. The row is the link's record: who made it and when, who revoked it and when
/// (the item page lists them).
/// </summary>
public sealed class PreviewLink
{
    public Guid Id { get; set; }

    public Guid MateriId { get; set; }

    /// <summary>The version shown: the one current when the link was made; a later save does not change it.</summary>
    public Guid VersionId { get; set; }

    public int VersionNumber { get; set; }

    /// <summary>Hex SHA-256 of the token in the address.</summary>
    public string TokenHash { get; set; } = string.Empty;

    public string CreatedById { get; set; } = string.Empty;

    public string CreatedByName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedById { get; set; }

    public string? RevokedByName { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
