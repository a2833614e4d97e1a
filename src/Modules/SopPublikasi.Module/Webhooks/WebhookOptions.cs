using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Webhooks;

/// <summary>"Webhooks" section.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>Wait before the second attempt; each later wait doubles (with jitter), up to 6 hours.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// After an administrator rotates a subscription's secret, deliveries carry the old secret's signature next to
    /// the new one for this long, so the receiver can switch without refusing any. Zero drops the old secret at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan SecretRotationOverlap { get; set; } = TimeSpan.FromHours(24);
}
