namespace SopPublikasi.Module.CrossPosting.Channels;

/// <summary>
/// A channel's stored state: for a channel an administrator added, everything (credentials encrypted with Data
/// Protection); for a channel declared in configuration, only what changes at run time (paused, rate limited, quota
/// warned, refreshed tokens).
/// </summary>
public sealed class SocialChannelRecord
{
    /// <summary>The channel's name, also the key of CrossPosting:Channels:{name} for declared channels.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>True when an administrator added the channel in the admin (not in configuration).</summary>
    public bool AddedByAdmin { get; set; }

    public string Type { get; set; } = string.Empty;

    public string? BaseUrl { get; set; }

    /// <summary>The office's public profile on the network (https) for a channel added here, linked from the public footer while enabled.</summary>
    public string? ProfilUrl { get; set; }

    public bool Enabled { get; set; }

    /// <summary>The credentials as JSON, protected by IDataProtector; never shown back or logged.</summary>
    public string? ProtectedCredentials { get; set; }

    /// <summary>The network refused the credentials: nothing is sent until an administrator resumes the channel.</summary>
    public bool Paused { get; set; }

    public string? PausedReason { get; set; }

    public DateTimeOffset? PausedAt { get; set; }

    /// <summary>The network asked us to stop calling until then (429, Facebook code 4, daily cap).</summary>
    public DateTimeOffset? RateLimitedUntil { get; set; }

    public string? RateLimitReason { get; set; }

    /// <summary>The last warning that a daily cap is near (shown on the channel page while it holds).</summary>
    public string? QuotaWarning { get; set; }

    /// <summary>The end of the window the warning was given for: no second warning before then.</summary>
    public DateTimeOffset? QuotaWarnedUntil { get; set; }
}
