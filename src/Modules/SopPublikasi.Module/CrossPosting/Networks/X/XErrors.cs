using System.Globalization;
using System.Net;
using System.Text.Json;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting.Networks.X;

/// <summary>How X's answers are classified (docs/social-apis.md, X). The one place that reads X's error shapes.</summary>
public static class XErrors
{
    public static DeliveryFailureException Classify(HttpRequestMessage request, HttpResponseMessage response, JsonElement body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        var detail = body.Str("detail") ?? body.Str("title") ?? body.Obj("errors").Items().Select(e => e.Str("message")).FirstOrDefault() ?? response.ReasonPhrase ?? "Galat";
        var message = $"X menjawab {(int)response.StatusCode}: {detail}";
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new DeliveryFailureException(FailureKind.RateLimited, message, ResetTime(response, now)),
            HttpStatusCode.Unauthorized => new DeliveryFailureException(FailureKind.NeedsReauthorization, message),
            HttpStatusCode.Forbidden when detail.Contains("duplicate", StringComparison.OrdinalIgnoreCase) => new DeliveryFailureException(FailureKind.Duplicate, message),
            HttpStatusCode.Forbidden when detail.Contains("permi", StringComparison.OrdinalIgnoreCase) || detail.Contains("oauth", StringComparison.OrdinalIgnoreCase)
                => new DeliveryFailureException(FailureKind.NeedsReauthorization, message),
            >= HttpStatusCode.InternalServerError => new DeliveryFailureException(SocialHttp.ServerError(request, response.StatusCode), message),
            _ => new DeliveryFailureException(FailureKind.Permanent, message),
        };
    }

    /// <summary>
    /// When X lets us post again: the 24-hour user cap's reset when it is spent, else the window's
    /// x-rate-limit-reset (Unix seconds), else a minute.
    /// </summary>
    public static DateTimeOffset ResetTime(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (SocialHttp.Header(response, "x-user-limit-24hour-remaining") == "0" && Unix(SocialHttp.Header(response, "x-user-limit-24hour-reset")) is { } daily)
        {
            return daily;
        }

        return Unix(SocialHttp.Header(response, "x-rate-limit-reset")) ?? now.AddMinutes(1);
    }

    private static DateTimeOffset? Unix(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
