using System.Net;
using System.Text.Json;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting.Networks.X;

/// <summary>How X's answers are classified (docs/networks.md, X). The one place that reads X's error shapes.</summary>
public static class XErrors
{
    /// <summary>The problem types (the end of <c>type</c>) X sends when the app or token may not act, whatever is posted.</summary>
    private static readonly string[] CredentialProblems = ["/client-forbidden", "/unsupported-authentication", "/oauth1-permissions"];

    /// <summary>Words in a 403's title or detail that name the app, the token or the account rather than the post.</summary>
    private static readonly string[] CredentialWords = ["oauth", "permission", "scope", "suspended", "locked", "enrolled", "client app", "developer app"];

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
            HttpStatusCode.PaymentRequired => new DeliveryFailureException(FailureKind.OutOfCredits, message),
            HttpStatusCode.Forbidden when detail.Contains("duplicate", StringComparison.OrdinalIgnoreCase) => new DeliveryFailureException(FailureKind.Duplicate, message),
            HttpStatusCode.Forbidden when RefusesCredentials(request, body, detail) => new DeliveryFailureException(FailureKind.NeedsReauthorization, message),
            >= HttpStatusCode.InternalServerError => new DeliveryFailureException(SocialHttp.ServerError(request, response.StatusCode), message),

            // Among them a 403 refusing this post's content ("You are not permitted to perform this action.", text too
            // long): that post fails with X's words and the channel goes on.
            _ => new DeliveryFailureException(FailureKind.Permanent, message),
        };
    }

    /// <summary>
    /// True when a 403 refuses the app, the token or the account (pause the channel), false when it refuses the post
    /// (fail that post). X sends "You are not permitted to perform this action." for both, so the words alone do not
    /// tell: a 403 on any request but the post itself (a media upload, reading the account) cannot be about the
    /// post's content; on the post, X's credential problem types, a <c>reason</c> such as client-not-enrolled, or a
    /// title or detail naming OAuth, permissions, scopes or a suspended or locked account do.
    /// </summary>
    private static bool RefusesCredentials(HttpRequestMessage request, JsonElement body, string detail)
    {
        if (request.RequestUri is { } uri && !uri.AbsolutePath.EndsWith("/2/tweets", StringComparison.Ordinal))
        {
            return true;
        }

        if (NamesCredentials(body))
        {
            return true;
        }

        var words = (body.Str("title") ?? string.Empty) + " " + detail;
        return CredentialWords.Any(w => words.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A refusal whose problem type is one of X's credential problems, or that gives a <c>reason</c> (client-not-enrolled).</summary>
    public static bool NamesCredentials(JsonElement body) =>
        (body.Str("type") is { } type && CredentialProblems.Any(p => type.EndsWith(p, StringComparison.Ordinal))) || body.Str("reason") is not null;

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
