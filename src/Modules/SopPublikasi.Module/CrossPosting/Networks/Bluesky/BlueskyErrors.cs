using System.Net;
using System.Text.Json;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting.Networks.Bluesky;

/// <summary>
/// How a PDS's XRPC answers are classified (docs/networks.md, Bluesky): <c>{"error": "Name", "message": "..."}</c>.
/// The token errors are handled by <see cref="BlueskySessions"/> (refresh, then a new session) before they get here.
/// </summary>
public static class BlueskyErrors
{
    public const string ExpiredToken = "ExpiredToken";
    public const string InvalidToken = "InvalidToken";
    public const string AuthenticationRequired = "AuthenticationRequired";
    public const string RecordNotFound = "RecordNotFound";

    public static string? Name(JsonElement body) => body.Str("error");

    /// <summary>An answer that says the token (access or refresh) is no longer good.</summary>
    public static bool TokenRefused(HttpResponseMessage response, JsonElement body)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Name(body) is ExpiredToken or InvalidToken
            || (response.StatusCode == HttpStatusCode.Unauthorized && Name(body) is null or AuthenticationRequired);
    }

    public static DeliveryFailureException Classify(HttpRequestMessage request, HttpResponseMessage response, JsonElement body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        var name = Name(body);
        var detail = string.Join(": ", new[] { name, body.Str("message") }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var message = $"Bluesky menjawab {(int)response.StatusCode}: {(detail.Length > 0 ? detail : response.ReasonPhrase ?? "Galat")}";
        return (response.StatusCode, name) switch
        {
            (HttpStatusCode.TooManyRequests, _) or (_, "RateLimitExceeded")
                => new DeliveryFailureException(FailureKind.RateLimited, message, BlueskyRateHeaders.Reset(response, now) ?? now.AddMinutes(5)),
            (_, ExpiredToken or InvalidToken or AuthenticationRequired or "AccountTakedown" or "AccountDeactivated") or (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, _)
                => new DeliveryFailureException(FailureKind.NeedsReauthorization, message),
            (_, "RecordAlreadyExists") => new DeliveryFailureException(FailureKind.Duplicate, message),
            (HttpStatusCode.BadRequest, _) when detail.Contains("already exists", StringComparison.OrdinalIgnoreCase)
                => new DeliveryFailureException(FailureKind.Duplicate, message),
            ( >= HttpStatusCode.InternalServerError, _) => new DeliveryFailureException(SocialHttp.ServerError(request, response.StatusCode), message),
            _ => new DeliveryFailureException(FailureKind.Permanent, message),
        };
    }
}
