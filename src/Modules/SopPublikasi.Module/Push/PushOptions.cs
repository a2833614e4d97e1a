using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Push;

/// <summary>
/// "Push" section: Web Push with VAPID (RFC 8292). Push is off while both keys are empty; a pair is made by the
/// operator command <c>push vapid</c>. When one key is set, both must be, they must be a P-256 pair, and the
/// subject a <c>mailto:</c> or <c>https:</c> address the push services can reach the office at.
/// </summary>
public sealed class PushOptions : IValidatableObject
{
    public const string Section = "Push";

    /// <summary>The application server's public key: the uncompressed P-256 point (65 bytes), base64url.</summary>
    public string? VapidPublicKey { get; set; }

    /// <summary>The private key (the 32-byte scalar), base64url. A secret: keep it out of appsettings in git.</summary>
    public string? VapidPrivateKey { get; set; }

    /// <summary>How the push services reach the office: <c>mailto:admin@…</c> or an <c>https:</c> URL.</summary>
    public string? Subject { get; set; }

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed try; doubled on each further failure (with jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the sender looks for due rows when nothing wakes it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the push service keeps a message for a device that is offline (the TTL header).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "28.00:00:00")]
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromDays(1);

    public bool Enabled => !string.IsNullOrWhiteSpace(VapidPublicKey) || !string.IsNullOrWhiteSpace(VapidPrivateKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(VapidPublicKey) || string.IsNullOrWhiteSpace(VapidPrivateKey))
        {
            yield return new ValidationResult("Push:VapidPublicKey and Push:VapidPrivateKey must be set together (make a pair with the command `push vapid`).", [nameof(VapidPublicKey), nameof(VapidPrivateKey)]);
            yield break;
        }

        if (VapidKeys.Problem(VapidPublicKey, VapidPrivateKey) is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(VapidPublicKey), nameof(VapidPrivateKey)]);
        }

        if (!IsSubject(Subject))
        {
            yield return new ValidationResult("Push:Subject must be a mailto: address or an https: URL when push is on (RFC 8292).", [nameof(Subject)]);
        }
    }

    private static bool IsSubject(string? subject) =>
        Uri.TryCreate(subject, UriKind.Absolute, out var uri)
        && ((uri.Scheme == Uri.UriSchemeMailto && subject!.Contains('@', StringComparison.Ordinal)) || uri.Scheme == Uri.UriSchemeHttps);
}
