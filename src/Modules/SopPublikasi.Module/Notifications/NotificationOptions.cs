using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Notifications;

/// <summary>"Notifications" section.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>How often the overdue check runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan OverdueCheckInterval { get; set; } = TimeSpan.FromMinutes(5);
}
