using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>"CrossPosting" section. Channels are declared as CrossPosting:Channels:{name}.</summary>
public sealed class CrossPostingOptions : IValidatableObject
{
    public const string Section = "CrossPosting";

    public Dictionary<string, ChannelOptions> Channels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How often the dispatcher looks for due rows when nothing wakes it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, channel) in Channels)
        {
            if (!ChannelTypes.Supported.Contains(channel.Type, StringComparer.OrdinalIgnoreCase))
            {
                yield return new ValidationResult(
                    $"CrossPosting:Channels:{name}:Type \"{channel.Type}\" is not supported; use one of: {string.Join(", ", ChannelTypes.Supported)}.",
                    [nameof(Channels)]);
            }
        }
    }
}

public sealed class ChannelOptions
{
    public string Type { get; set; } = string.Empty;

    public bool Enabled { get; set; } = true;

    /// <summary>The network's API root, so that a test server on 127.0.0.1 can stand in.</summary>
    public string? BaseUrl { get; set; }
}

public static class ChannelTypes
{
    public const string Log = "Log";

    public const string X = "X";

    public const string Facebook = "Facebook";

    public const string Instagram = "Instagram";

    public const string Telegram = "Telegram";

    public const string Mastodon = "Mastodon";

    /// <summary>The channel types this build can send to. Real networks arrive with their clients.</summary>
    public static readonly IReadOnlyList<string> Supported = [Log];
}
