using System.Net;
using System.Text;
using System.Text.Json;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks.Facebook;
using SopPublikasi.Module.CrossPosting.Networks.Mastodon;
using SopPublikasi.Module.CrossPosting.Networks.Telegram;
using SopPublikasi.Module.CrossPosting.Networks.X;

namespace SopPublikasi.Module.Tests.CrossPosting.Networks;

/// <summary>Each network's real error shapes (docs/social-apis.md) land in the right class, with the network's words.</summary>
public class ErrorClassificationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(429, """{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}""", FailureKind.RateLimited)]
    [InlineData(401, """{"title":"Unauthorized","detail":"Unauthorized","type":"about:blank","status":401}""", FailureKind.NeedsReauthorization)]
    [InlineData(403, """{"detail":"You are not allowed to create a Tweet with duplicate content.","type":"about:blank","title":"Forbidden","status":403}""", FailureKind.Duplicate)]
    [InlineData(400, """{"title":"Invalid Request","detail":"One or more parameters to your request was invalid.","type":"https://api.twitter.com/2/problems/invalid-request"}""", FailureKind.Permanent)]
    [InlineData(500, """{"title":"Internal Server Error"}""", FailureKind.Uncertain)]
    [InlineData(503, """{"title":"Service Unavailable"}""", FailureKind.Transient)]
    public void X_ClassifiedByStatusAndDetail(int status, string body, FailureKind expected)
    {
        var (request, response) = Exchange(HttpMethod.Post, status);

        var failure = XErrors.Classify(request, response, Json(body), Now);

        Assert.Equal(expected, failure.Kind);
        Assert.StartsWith($"X menjawab {status}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void X_RateLimit_WaitsForTheResetHeaderOrTheSpentDailyCap()
    {
        var (request, response) = Exchange(HttpMethod.Post, 429);
        response.Headers.Add("x-rate-limit-reset", Now.AddMinutes(15).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Now.AddMinutes(15), XErrors.Classify(request, response, default, Now).RetryAt);

        response.Headers.Add("x-user-limit-24hour-remaining", "0");
        response.Headers.Add("x-user-limit-24hour-reset", Now.AddHours(20).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Now.AddHours(20), XErrors.Classify(request, response, default, Now).RetryAt);
    }

    [Theory]
    [InlineData(1, null, FailureKind.Uncertain)]
    [InlineData(2, null, FailureKind.Uncertain)]
    [InlineData(4, null, FailureKind.RateLimited)]
    [InlineData(17, null, FailureKind.RateLimited)]
    [InlineData(32, null, FailureKind.RateLimited)]
    [InlineData(613, null, FailureKind.RateLimited)]
    [InlineData(190, 463, FailureKind.NeedsReauthorization)]
    [InlineData(10, null, FailureKind.NeedsReauthorization)]
    [InlineData(200, null, FailureKind.NeedsReauthorization)]
    [InlineData(506, null, FailureKind.Duplicate)]
    [InlineData(1609005, null, FailureKind.Permanent)]
    [InlineData(100, 33, FailureKind.Permanent)]
    [InlineData(9007, 2207027, FailureKind.Transient)]
    [InlineData(9, 2207042, FailureKind.RateLimited)]
    public void Graph_ClassifiedByCodeNotStatus(int code, int? subcode, FailureKind expected)
    {
        var (request, response) = Exchange(HttpMethod.Post, 400);
        var body = Json(JsonSerializer.Serialize(new { error = new { message = "pesan jaringan", type = "OAuthException", code, error_subcode = subcode, fbtrace_id = "x" } }));

        var failure = GraphErrors.Classify("Facebook", request, response, body, Now);

        Assert.Equal(expected, failure.Kind);
        Assert.Contains("pesan jaringan", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_RateLimit_UsesEstimatedTimeToRegainAccess()
    {
        var (request, response) = Exchange(HttpMethod.Post, 400);
        response.Headers.Add("X-Business-Use-Case-Usage", """{"123":[{"type":"pages","call_count":100,"estimated_time_to_regain_access":7}]}""");

        var failure = GraphErrors.Classify("Facebook", request, response, Json("""{"error":{"message":"(#4) limit","code":4}}"""), Now);

        Assert.Equal(Now.AddMinutes(7), failure.RetryAt);
    }

    [Fact]
    public void Telegram_RetryAfterAndMigratedChat()
    {
        var (request, response) = Exchange(HttpMethod.Post, 429);
        var limited = TelegramErrors.Classify(request, response, Json("""{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 35","parameters":{"retry_after":35}}"""), Now);
        Assert.Equal((FailureKind.RateLimited, Now.AddSeconds(35)), (limited.Kind, limited.RetryAt));

        var moved = TelegramErrors.Classify(request, response, Json("""{"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat","parameters":{"migrate_to_chat_id":-1001234}}"""), Now);
        Assert.Equal(FailureKind.NeedsReauthorization, moved.Kind);
        Assert.Contains("-1001234", moved.Message, StringComparison.Ordinal);

        var unauthorized = TelegramErrors.Classify(request, response, Json("""{"ok":false,"error_code":401,"description":"Unauthorized"}"""), Now);
        Assert.Equal(FailureKind.NeedsReauthorization, unauthorized.Kind);
    }

    [Fact]
    public void Mastodon_IsoResetAndValidation()
    {
        var (request, limitedResponse) = Exchange(HttpMethod.Post, 429);
        limitedResponse.Headers.Add("X-RateLimit-Reset", "2026-11-24T08:05:00.000Z");
        var limited = MastodonErrors.Classify(request, limitedResponse, Json("""{"error":"Too many requests"}"""), Now);
        Assert.Equal((FailureKind.RateLimited, Now.AddMinutes(5)), (limited.Kind, limited.RetryAt));

        var (_, invalid) = Exchange(HttpMethod.Post, 422);
        var tooLong = MastodonErrors.Classify(request, invalid, Json("""{"error":"Validation failed: Text character limit of 500 exceeded"}"""), Now);
        Assert.Equal(FailureKind.Permanent, tooLong.Kind);
        Assert.Contains("character limit of 500", tooLong.Message, StringComparison.Ordinal);
    }

    private static (HttpRequestMessage Request, HttpResponseMessage Response) Exchange(HttpMethod method, int status)
    {
        var request = new HttpRequestMessage(method, new Uri("https://api.contoh.test/x"));
        return (request, new HttpResponseMessage((HttpStatusCode)status) { RequestMessage = request, Content = new StringContent(string.Empty, Encoding.UTF8) });
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
