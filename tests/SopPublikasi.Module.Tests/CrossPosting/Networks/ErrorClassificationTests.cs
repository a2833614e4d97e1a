using System.Net;
using System.Text;
using System.Text.Json;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks.Facebook;
using SopPublikasi.Module.CrossPosting.Networks.Mastodon;
using SopPublikasi.Module.CrossPosting.Networks.Telegram;
using SopPublikasi.Module.CrossPosting.Networks.X;

namespace SopPublikasi.Module.Tests.CrossPosting.Networks;

/// <summary>Each network's real error shapes (docs/networks.md) land in the right class, with the network's words.</summary>
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

    [Theory]
    [InlineData("2/tweets")]
    [InlineData("2/media/upload")]
    [InlineData("2/media/upload/7000001/append")]
    [InlineData("2/media/upload/initialize")]
    public void X_402CreditsSpent_IsAnAccountState_OnThePostAndOnTheMediaUpload(string path)
    {
        var (request, response) = Exchange(HttpMethod.Post, 402, "https://api.x.com/" + path);

        var failure = XErrors.Classify(request, response, Json("""{"title":"CreditsDepleted","detail":"Your enrolled account [1234567890] does not have any credits to fulfill this request.","type":"https://api.twitter.com/2/problems/credits"}"""), Now);

        Assert.Equal(FailureKind.OutOfCredits, failure.Kind);
        Assert.Equal("X menjawab 402: Your enrolled account [1234567890] does not have any credits to fulfill this request.", failure.Message);
    }

    [Theory]
    [InlineData("2/tweets", """{"detail":"You are not permitted to perform this action.","type":"about:blank","title":"Forbidden","status":403}""", FailureKind.Permanent)]
    [InlineData("2/tweets", """{"detail":"Your Tweet text is too long. For more information on how Twitter determines text length see https://github.com/twitter/twitter-text.","type":"about:blank","title":"Forbidden","status":403}""", FailureKind.Permanent)]
    [InlineData("2/tweets", """{"detail":"You are not allowed to create a Tweet with duplicate content.","type":"about:blank","title":"Forbidden","status":403}""", FailureKind.Duplicate)]
    [InlineData("2/tweets", """{"client_id":"123","detail":"When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.","registration_url":"https://developer.twitter.com/en/docs/projects/overview","title":"Client Forbidden","required_enrollment":"Appropriate Level of API Access","reason":"client-not-enrolled","type":"https://api.twitter.com/2/problems/client-forbidden"}""", FailureKind.NeedsReauthorization)]
    [InlineData("2/tweets", """{"title":"Unsupported Authentication","detail":"Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].","type":"https://api.twitter.com/2/problems/unsupported-authentication","status":403}""", FailureKind.NeedsReauthorization)]
    [InlineData("2/tweets", """{"title":"Forbidden","detail":"Your client app is not configured with the appropriate oauth1 app permissions for this endpoint.","type":"https://api.twitter.com/2/problems/oauth1-permissions","status":403}""", FailureKind.NeedsReauthorization)]
    [InlineData("2/tweets", """{"title":"Forbidden","detail":"Your account is suspended and is not permitted to access this feature.","type":"about:blank","status":403}""", FailureKind.NeedsReauthorization)]
    [InlineData("2/tweets", """{"title":"Forbidden","detail":"The token lacks the scope tweet.write.","type":"about:blank","status":403}""", FailureKind.NeedsReauthorization)]
    [InlineData("2/media/upload", """{"detail":"You are not permitted to perform this action.","type":"about:blank","title":"Forbidden","status":403}""", FailureKind.NeedsReauthorization)]
    [InlineData("2/users/me", """{"detail":"Forbidden","type":"about:blank","title":"Forbidden","status":403}""", FailureKind.NeedsReauthorization)]
    public void X_403_PausesOnlyForTheAppTokenOrAccount_AContentRefusalFailsThatPost(string path, string body, FailureKind expected)
    {
        var (request, response) = Exchange(HttpMethod.Post, 403, "https://api.x.com/" + path);

        var failure = XErrors.Classify(request, response, Json(body), Now);

        Assert.Equal(expected, failure.Kind);
        Assert.StartsWith("X menjawab 403: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains(JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!, failure.Message, StringComparison.Ordinal);
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

    private static (HttpRequestMessage Request, HttpResponseMessage Response) Exchange(HttpMethod method, int status, string url = "https://api.contoh.test/x")
    {
        var request = new HttpRequestMessage(method, new Uri(url));
        return (request, new HttpResponseMessage((HttpStatusCode)status) { RequestMessage = request, Content = new StringContent(string.Empty, Encoding.UTF8) });
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
