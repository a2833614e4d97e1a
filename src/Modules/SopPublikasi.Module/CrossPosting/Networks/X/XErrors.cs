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
    /// When X lets us post again: the latest reset of a spent 24-hour cap (the account's or the app's), else the
    /// window's x-rate-limit-reset, else a minute.
    /// </summary>
    public static DateTimeOffset ResetTime(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        return XRateHeaders.Read(response).Where(r => r.Warn && r.Remaining <= 0).Select(r => (DateTimeOffset?)r.ResetAt).Max()
            ?? XRateHeaders.Reset(response, "x-rate-limit")
            ?? now.AddMinutes(1);
    }
}
