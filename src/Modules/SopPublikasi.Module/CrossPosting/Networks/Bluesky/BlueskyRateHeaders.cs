using System.Globalization;
using SopPublikasi.Module.CrossPosting.Quota;

namespace SopPublikasi.Module.CrossPosting.Networks.Bluesky;

/// <summary>
/// The limit a PDS reports on its answers (docs/networks.md, Bluesky): <c>ratelimit-limit</c>,
/// <c>ratelimit-remaining</c>, <c>ratelimit-reset</c> (Unix seconds; a small number is read as seconds from now, as
/// the IETF draft has it) and <c>ratelimit-policy</c> (<c>limit;w=seconds</c>). A window of an hour or more (the
/// account's write points per hour and per day) is worth a warning; a shorter one only waits.
/// </summary>
public static class BlueskyRateHeaders
{
    public static IReadOnlyList<QuotaReading> Read(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (Number(SocialHttp.Header(response, "ratelimit-remaining")) is not { } remaining || Reset(response, now) is not { } at)
        {
            return [];
        }

        var window = Window(SocialHttp.Header(response, "ratelimit-policy"));
        var limit = window switch
        {
            >= 86_400 => "Batas tulis harian Bluesky",
            >= 3_600 => "Batas tulis per jam Bluesky",
            _ => "Batas sesaat Bluesky",
        };
        return [new QuotaReading(BlueskyNetwork.Name, limit, remaining, Number(SocialHttp.Header(response, "ratelimit-limit")), null, at, at, window >= 3_600)];
    }

    public static DateTimeOffset? Reset(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Number(SocialHttp.Header(response, "ratelimit-reset")) is not { } value ? null
            : value > 1_000_000_000 ? DateTimeOffset.FromUnixTimeSeconds(value)
            : now.AddSeconds(value);
    }

    /// <summary>The window in seconds of a policy such as <c>5000;w=3600</c>; 0 when not said.</summary>
    private static long Window(string? policy)
    {
        var w = policy?.Split(';').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("w=", StringComparison.OrdinalIgnoreCase));
        return Number(w?[2..]) ?? 0;
    }

    private static long? Number(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
