using System.Net;
using System.Text.Json;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting.Networks.Facebook;

/// <summary>
/// How the Graph API's errors are classified, for Facebook Pages and Instagram (docs/networks.md, "Facebook"). The HTTP status
/// is not reliable: the decision is made on <c>error.code</c> and <c>error.error_subcode</c>.
/// </summary>
public static class GraphErrors
{
    // 80001: Pages, 80002: Instagram (business use case rate limits, docs/networks.md).
    private static readonly int[] RateLimitCodes = [4, 17, 32, 341, 613, 80001, 80002];

    public static DeliveryFailureException Classify(string network, HttpRequestMessage request, HttpResponseMessage response, JsonElement body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        var error = body.Obj("error");
        var code = error.Number("code");
        var subcode = error.Number("error_subcode");
        var text = error.Str("error_user_msg") ?? error.Str("message") ?? response.ReasonPhrase ?? "Galat";
        var message = $"{network} menjawab kode {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)}: {text}";
        return code switch
        {
            // Instagram: published before the container was ready: wait and try again.
            9007 when subcode == 2207027 => new DeliveryFailureException(FailureKind.Transient, message),
            // Instagram: the daily publishing limit is spent.
            9 when subcode == 2207042 => new DeliveryFailureException(FailureKind.RateLimited, message, now.AddHours(24)),
            1 or 2 => new DeliveryFailureException(request.Method == HttpMethod.Get ? FailureKind.Transient : FailureKind.Uncertain, message),
            { } c when RateLimitCodes.Contains((int)c) => new DeliveryFailureException(FailureKind.RateLimited, message, RegainAccess(response, now)),
            368 => new DeliveryFailureException(FailureKind.RateLimited, message, now.AddHours(1)),
            190 or 10 or (>= 200 and <= 299) => new DeliveryFailureException(FailureKind.NeedsReauthorization, message),
            506 => new DeliveryFailureException(FailureKind.Duplicate, message),
            1609005 => new DeliveryFailureException(FailureKind.Permanent, message + " (periksa tag Open Graph artikel)"),
            null when response.StatusCode >= HttpStatusCode.InternalServerError => new DeliveryFailureException(SocialHttp.ServerError(request, response.StatusCode), message),
            null when response.StatusCode == HttpStatusCode.TooManyRequests => new DeliveryFailureException(FailureKind.RateLimited, message, RegainAccess(response, now)),
            _ => new DeliveryFailureException(FailureKind.Permanent, message),
        };
    }

    /// <summary>X-Business-Use-Case-Usage: the largest estimated_time_to_regain_access (minutes); an hour when absent.</summary>
    public static DateTimeOffset RegainAccess(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = SocialHttp.Header(response, "X-Business-Use-Case-Usage");
        long minutes = 0;
        try
        {
            if (header is not null)
            {
                using var doc = JsonDocument.Parse(header);
                foreach (var business in doc.RootElement.EnumerateObject())
                {
                    foreach (var usage in business.Value.Items())
                    {
                        minutes = Math.Max(minutes, usage.Number("estimated_time_to_regain_access") ?? 0);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // An unreadable header: fall back to an hour.
        }

        return minutes > 0 ? now.AddMinutes(minutes) : now.AddHours(1);
    }
}
