using System.ComponentModel.DataAnnotations;
using SopPublikasi.Module.CrossPosting.Quota;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>
/// "CrossPosting" section. Channels are declared as CrossPosting:Channels:{name}; whether their type is a registered
/// network is checked by <see cref="Networks.RegisteredChannelTypes"/>.
/// </summary>
public sealed class CrossPostingOptions : IValidatableObject
{
    public const string Section = "CrossPosting";

    public Dictionary<string, ChannelOptions> Channels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How often the dispatcher looks for due rows when nothing wakes it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one instance holds a row it sends; a row still held after this is reconciled by another.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The first retry delay after a transient failure; doubled each attempt, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one HTTP call to a network may take before its outcome is uncertain.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often and how many times an Instagram container's or a Mastodon upload's status is read before posting.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan ContainerPollInterval { get; set; } = TimeSpan.FromSeconds(3);

    [Range(1, 200)]
    public int ContainerPollAttempts { get; set; } = 20;

    /// <summary>
    /// X: an image larger than this is uploaded in segments of this size through the chunked v2 endpoints
    /// (initialize, append, finalize); a smaller one in one request. X takes segments of at most 5 MB.
    /// </summary>
    [Range(1024, 5 * 1024 * 1024)]
    public int XMediaSegmentBytes { get; set; } = 1024 * 1024;

    /// <summary>X: how many times a finalized upload's processing status is read (after X's check_after_secs) before giving up for this attempt.</summary>
    [Range(1, 60)]
    public int XMediaStatusPolls { get; set; } = 10;

    /// <summary>Daily caps: the warning thresholds and Instagram's recheck (CrossPosting:Quota:*).</summary>
    public QuotaOptions Quota { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HttpTimeout >= LeaseDuration)
        {
            yield return new ValidationResult("CrossPosting:HttpTimeout must be shorter than CrossPosting:LeaseDuration.", [nameof(HttpTimeout)]);
        }

        var quota = new List<ValidationResult>();
        Validator.TryValidateObject(Quota, new ValidationContext(Quota), quota, validateAllProperties: true);
        foreach (var error in quota)
        {
            yield return new ValidationResult($"CrossPosting:Quota:{string.Join(",", error.MemberNames)}: {error.ErrorMessage}", [nameof(Quota)]);
        }

        foreach (var (name, channel) in Channels)
        {
            if (!string.IsNullOrWhiteSpace(channel.BaseUrl) && !Uri.TryCreate(channel.BaseUrl, UriKind.Absolute, out _))
            {
                yield return new ValidationResult($"CrossPosting:Channels:{name}:BaseUrl must be an absolute URL.", [nameof(Channels)]);
            }

            if (!string.IsNullOrWhiteSpace(channel.ProfilUrl) && !ChannelProfiles.IsProfileUrl(channel.ProfilUrl))
            {
                yield return new ValidationResult($"CrossPosting:Channels:{name}:ProfilUrl must be an absolute https URL.", [nameof(Channels)]);
            }
        }
    }
}

/// <summary>
/// One channel declared in configuration. Which credential keys a type needs is its network's
/// (<see cref="Networks.SocialNetwork.CredentialFields"/>): X (OAuth 1.0a) ConsumerKey, ConsumerSecret, AccessToken,
/// AccessTokenSecret, or (OAuth 2.0) ClientId, ClientSecret, AccessToken, RefreshToken; Facebook PageId, AccessToken;
/// Instagram UserId, AccessToken; Telegram BotToken, ChatId; Mastodon AccessToken; Threads UserId, AccessToken;
/// Bluesky Handle, AppPassword; WhatsApp (sent by hand) Tujuan.
/// </summary>
public sealed class ChannelOptions
{
    public string Type { get; set; } = string.Empty;

    public bool Enabled { get; set; } = true;

    /// <summary>The network's API root, so that a test server on 127.0.0.1 can stand in.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The office's public profile on the network (https), linked from the public site's footer while the channel is enabled.</summary>
    public string? ProfilUrl { get; set; }

    public string? ConsumerKey { get; set; }

    public string? ConsumerSecret { get; set; }

    public string? AccessToken { get; set; }

    public string? AccessTokenSecret { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? RefreshToken { get; set; }

    public string? PageId { get; set; }

    public string? UserId { get; set; }

    public string? BotToken { get; set; }

    public string? ChatId { get; set; }

    /// <summary>
    /// Credential keys that have no property here (a network added later names its own), read from the channel's
    /// configuration section by <see cref="Networks.ChannelCredentialsFromConfiguration"/>.
    /// </summary>
    internal Dictionary<string, string> OtherCredentials { get; } = new(StringComparer.Ordinal);

    /// <summary>The credentials that are set, by key.</summary>
    public Dictionary<string, string> Credentials()
    {
        var all = new Dictionary<string, string?>
        {
            [nameof(ConsumerKey)] = ConsumerKey,
            [nameof(ConsumerSecret)] = ConsumerSecret,
            [nameof(AccessToken)] = AccessToken,
            [nameof(AccessTokenSecret)] = AccessTokenSecret,
            [nameof(ClientId)] = ClientId,
            [nameof(ClientSecret)] = ClientSecret,
            [nameof(RefreshToken)] = RefreshToken,
            [nameof(PageId)] = PageId,
            [nameof(UserId)] = UserId,
            [nameof(BotToken)] = BotToken,
            [nameof(ChatId)] = ChatId,
        };
        foreach (var (key, value) in OtherCredentials)
        {
            all.TryAdd(key, value);
        }

        return all.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value!, StringComparer.Ordinal);
    }
}
