namespace SopPublikasi.Module.CrossPosting.Channels;

/// <summary>A channel as the dispatcher and the admin see it: configuration and stored state merged.</summary>
public sealed record ResolvedChannel(
    string Name,
    string Type,
    string? BaseUrl,
    bool Enabled,
    bool AddedByAdmin,
    bool Paused,
    string? PausedReason,
    DateTimeOffset? RateLimitedUntil,
    string? RateLimitReason,
    IReadOnlyDictionary<string, string> Credentials,
    string? QuotaWarning = null,
    DateTimeOffset? QuotaWarnedUntil = null,
    string? ProfilUrl = null)
{
    /// <summary>A credential the network needs; a missing one means the channel must be (re)authorized.</summary>
    public string Credential(string key) =>
        Credentials.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new Delivery.DeliveryFailureException(Delivery.FailureKind.NeedsReauthorization, $"Kredensial \"{key}\" belum diisi untuk saluran \"{Name}\".");

    public string? OptionalCredential(string key) => Credentials.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>The API root with a trailing slash, falling back to the network's public address.</summary>
    public Uri Root(string fallback) => new((string.IsNullOrWhiteSpace(BaseUrl) ? fallback : BaseUrl).TrimEnd('/') + "/");
}
