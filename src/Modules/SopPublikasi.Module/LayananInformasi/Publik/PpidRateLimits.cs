using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>
/// The resident's forms have no captcha: a budget per client address. Sending (a request or an objection) counts
/// POSTs only; tracking counts look-ups that carry a code (the form, the private link, attachment downloads), so
/// that a tracking code cannot be guessed by trying. A refusal is the site's 429 page, in Indonesian.
/// </summary>
public static class PpidRateLimits
{
    public const string Kirim = "ppid-kirim";

    public const string Lacak = "ppid-lacak";

    public static void Add(RateLimiterOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        o.AddPolicy(Kirim, http =>
        {
            if (!HttpMethods.IsPost(http.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            var options = http.RequestServices.GetRequiredService<IOptionsMonitor<PpidPublikOptions>>().CurrentValue;
            return RateLimitPartition.GetFixedWindowLimiter(
                "ppid-kirim:" + http.Connection.RemoteIpAddress,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.BatasKiriman, Window = options.JendelaKiriman, QueueLimit = 0 });
        });
        o.AddPolicy(Lacak, http =>
        {
            if (!http.Request.Query.ContainsKey("kode") && !HttpMethods.IsPost(http.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            var options = http.RequestServices.GetRequiredService<IOptionsMonitor<PpidPublikOptions>>().CurrentValue;
            return RateLimitPartition.GetFixedWindowLimiter(
                "ppid-lacak:" + http.Connection.RemoteIpAddress,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.BatasLacak, Window = options.JendelaLacak, QueueLimit = 0 });
        });
    }
}
