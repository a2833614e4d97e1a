using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.CrossPosting.Quota;

/// <summary>"CrossPosting:Quota": when administrators are warned that a network's daily cap is near, and how often a spent Instagram or Threads publishing quota is asked again.</summary>
public sealed class QuotaOptions
{
    /// <summary>Warn when a daily cap has this many posts left or fewer.</summary>
    [Range(0, 1000)]
    public int WarnRemaining { get; set; } = 3;

    /// <summary>Warn when a daily cap has this share (percent of its size) left or less.</summary>
    [Range(0, 100)]
    public int WarnPercent { get; set; } = 10;

    /// <summary>Facebook: warn when X-App-Usage or X-Business-Use-Case-Usage reports this percentage or more.</summary>
    [Range(1, 100)]
    public int WarnUsagePercent { get; set; } = 80;

    /// <summary>Instagram counts its quota over a rolling 24 hours without saying when it frees up: a spent quota is asked again after this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan InstagramRecheck { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Threads, likewise (threads_publishing_limit counts a rolling 24 hours): a spent quota is asked again after this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ThreadsRecheck { get; set; } = TimeSpan.FromHours(1);
}
