using System.Globalization;
using System.Net;
using System.Text.Json;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting.Networks.Mastodon;

/// <summary>How a Mastodon instance's answers are classified: <c>{"error": "..."}</c> and the X-RateLimit-* headers.</summary>
public static class MastodonErrors
{
    /// <param name="status">Kept as the failure's inner exception, so a caller can tell a 404 from other refusals.</param>
    public static DeliveryFailureException Classify(HttpRequestMessage request, HttpResponseMessage response, JsonElement body, DateTimeOffset now, HttpRequestException? status = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        var error = body.Str("error");
        var message = $"Mastodon menjawab {(int)response.StatusCode}: {error ?? response.ReasonPhrase ?? "Galat"}";
        return response.StatusCode switch
        {
            // "Cannot attach files that have not finished processing. Try again in a moment!"
            HttpStatusCode.UnprocessableEntity when error?.Contains("finished processing", StringComparison.OrdinalIgnoreCase) == true =>
                new DeliveryFailureException(FailureKind.Transient, message, null, status),
            HttpStatusCode.TooManyRequests => new DeliveryFailureException(FailureKind.RateLimited, message, Reset(response) ?? now.AddMinutes(5)),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new DeliveryFailureException(FailureKind.NeedsReauthorization, message),
            >= HttpStatusCode.InternalServerError => new DeliveryFailureException(SocialHttp.ServerError(request, response.StatusCode), message),
            _ => new DeliveryFailureException(FailureKind.Permanent, message, null, status),
        };
    }

    /// <summary>X-RateLimit-Reset is an ISO 8601 time.</summary>
    public static DateTimeOffset? Reset(HttpResponseMessage response) =>
        DateTimeOffset.TryParse(SocialHttp.Header(response, "X-RateLimit-Reset"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
