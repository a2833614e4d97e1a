using System.Globalization;
using SopPublikasi.Module.CrossPosting.Quota;

namespace SopPublikasi.Module.CrossPosting.Networks.X;

/// <summary>
/// The limits X reports on its answers (docs/networks.md, "X"): the account's and the app's 24-hour caps
/// (<c>x-user-limit-24hour-*</c>, <c>x-app-limit-24hour-*</c>, observed) and the endpoint's 15-minute window
/// (<c>x-rate-limit-*</c>); each as remaining, limit and reset (Unix seconds).
/// </summary>
public static class XRateHeaders
{
    private static readonly (string Prefix, string Limit, bool Warn)[] Limits =
    [
        ("x-user-limit-24hour", "Kuota harian akun X", true),
        ("x-app-limit-24hour", "Kuota harian aplikasi X", true),
        ("x-rate-limit", "Batas 15 menit X", false),
    ];

    public static IReadOnlyList<QuotaReading> Read(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var readings = new List<QuotaReading>();
        foreach (var (prefix, limit, warn) in Limits)
        {
            if (Number(SocialHttp.Header(response, prefix + "-remaining")) is { } remaining && Reset(response, prefix) is { } at)
            {
                readings.Add(new QuotaReading("X", limit, remaining, Number(SocialHttp.Header(response, prefix + "-limit")), null, at, at, warn));
            }
        }

        return readings;
    }

    /// <summary>The reset of the limit whose headers start with <paramref name="prefix"/>, if X said it.</summary>
    public static DateTimeOffset? Reset(HttpResponseMessage response, string prefix) =>
        Number(SocialHttp.Header(response, prefix + "-reset")) is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    private static long? Number(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
