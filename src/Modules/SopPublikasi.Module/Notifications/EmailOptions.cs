using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Notifications;

/// <summary>"Email" section: the SMTP server notifications are sent through. Sending is off while Host is empty.</summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>STARTTLS (or TLS from the start on port 465); false only for a server on the local machine.</summary>
    public bool UseTls { get; set; } = true;

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address, required when Host is set.</summary>
    public string? From { get; set; }

    public string FromName { get; set; } = "Admin SopPublikasi";

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed try; doubled on each further failure (with jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the sender looks for due rows when nothing wakes it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && (string.IsNullOrWhiteSpace(From) || !MimeKit.MailboxAddress.TryParse(From, out _)))
        {
            yield return new ValidationResult("Email:From must be a valid address when Email:Host is set.", [nameof(From)]);
        }

        if (!string.IsNullOrEmpty(User) && string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Email:Password is required when Email:User is set.", [nameof(Password)]);
        }
    }
}
