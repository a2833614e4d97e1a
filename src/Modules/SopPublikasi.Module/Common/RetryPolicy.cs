namespace SopPublikasi.Module.Common;

/// <summary>Exponential backoff with ±20 % jitter for failed sends (posts, webhook deliveries, e-mail): 30 s, 1 min, 2 min... capped at 6 hours.</summary>
public static class RetryPolicy
{
    public static TimeSpan Delay(int attempt, double jitter, TimeSpan? first = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var seconds = Math.Min((first ?? TimeSpan.FromSeconds(30)).TotalSeconds * Math.Pow(2, attempt - 1), TimeSpan.FromHours(6).TotalSeconds);
        return TimeSpan.FromSeconds(seconds * (0.8 + (0.4 * Math.Clamp(jitter, 0, 1))));
    }
}
