using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Scheduling;

/// <summary>"Scheduling" section.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>
    /// The longest the publisher sleeps between looks when nothing wakes it; it sleeps less when a scheduled time
    /// comes sooner, so an item goes live within seconds of its minute.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
