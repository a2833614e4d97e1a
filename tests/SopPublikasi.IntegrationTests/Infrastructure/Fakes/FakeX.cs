using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SopPublikasi.Module.CrossPosting.OAuth;

namespace SopPublikasi.IntegrationTests.Infrastructure.Fakes;

/// <summary>
/// X API v2: recomputes every request's OAuth 1.0a signature from the consumer and token secrets and refuses a wrong
/// one (401), or checks an OAuth 2.0 bearer token (<see cref="FakeXOAuth2"/>), takes images through the v2 media endpoints (<see cref="FakeXMedia"/>), refuses a post naming media that is
/// unknown or not finalized and processed, refuses a repeated text as X does (403 duplicate), reports the account's
/// 24-hour cap on every post's answer and refuses a post once it is spent (429), and lists the account's posts with
/// expanded URLs.
/// </summary>
public sealed partial class FakeX : FakeNetwork
{
    public static readonly OAuth1Credentials Credentials = new("uji-consumer-key", "uji consumer secret+!*'()", "42-uji-token", "uji token secret ü");

    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _postMedia = new();

    /// <summary>OAuth 2.0 user context: bearer tokens, their expiry and refresh.</summary>
    public FakeXOAuth2 OAuth2 { get; } = new();

    /// <summary>The media endpoints and the uploads they hold.</summary>
    public FakeXMedia Media { get; } = new();

    /// <summary>The media ids each post named, by post id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PostMedia => _postMedia;

    public override Dictionary<string, string?> Channel(string name) => new()
    {
        [$"CrossPosting:Channels:{name}:Type"] = "X",
        [$"CrossPosting:Channels:{name}:BaseUrl"] = BaseUrl,
        [$"CrossPosting:Channels:{name}:ConsumerKey"] = Credentials.ConsumerKey,
        [$"CrossPosting:Channels:{name}:ConsumerSecret"] = Credentials.ConsumerSecret,
        [$"CrossPosting:Channels:{name}:AccessToken"] = Credentials.Token,
        [$"CrossPosting:Channels:{name}:AccessTokenSecret"] = Credentials.TokenSecret,
    };

    /// <summary>The configuration of an X channel with OAuth 2.0 user context (client id, access and refresh token).</summary>
    public Dictionary<string, string?> ChannelOAuth2(string name, string accessToken, string? refreshToken) => new()
    {
        [$"CrossPosting:Channels:{name}:Type"] = "X",
        [$"CrossPosting:Channels:{name}:BaseUrl"] = BaseUrl,
        [$"CrossPosting:Channels:{name}:ClientId"] = FakeXOAuth2.ClientId,
        [$"CrossPosting:Channels:{name}:AccessToken"] = accessToken,
        [$"CrossPosting:Channels:{name}:RefreshToken"] = refreshToken,
    };

    protected override void Map(WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var header = http.Request.Headers.Authorization.ToString();
            var url = new Uri($"http://127.0.0.1:{Port}{http.Request.Path}{http.Request.QueryString}");
            var refusal = http.Request.Path == "/2/oauth2/token" ? null
                : header.StartsWith("Bearer ", StringComparison.Ordinal) ? OAuth2.Check(header["Bearer ".Length..])
                : OAuth1Signer.Verify(http.Request.Method, url, null, header, Credentials) ? null
                : Problem(401, "Unauthorized", "Unauthorized");
            if (refusal is not null)
            {
                await Refuse(refusal).ExecuteAsync(http);
                return;
            }

            await next(http);
        });
        OAuth2.Map(app);
        Media.Map(app);
        app.MapPost("/2/tweets", async (HttpContext http) =>
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body);
            var text = body.RootElement.GetProperty("text").GetString()!;
            var mediaIds = body.RootElement.TryGetProperty("media", out var media)
                ? media.GetProperty("media_ids").EnumerateArray().Select(m => m.GetString()!).ToList()
                : [];
            if (mediaIds.Any(m => !Media.IsReady(m)))
            {
                return Problem(400, "Invalid Request", "Your media IDs are invalid.");
            }

            return await CreatePostAsync(http, () =>
            {
                if (DailyUsed >= DailyLimit)
                {
                    LimitHeaders(http);
                    return Problem(429, "Too Many Requests", "Too Many Requests");
                }

                if (Posts.Any(p => p.Text == text))
                {
                    return Problem(403, "Forbidden", "You are not allowed to create a Tweet with duplicate content.");
                }

                DailyUsed++;
                LimitHeaders(http);
                var post = Add(text, (int)mediaIds.Sum(Media.Bytes));
                _postMedia[post.Id] = mediaIds;
                return Results.Json(new { data = new { id = post.Id, text } }, statusCode: 201);
            });
        });
        app.MapGet("/2/users/me", () => Results.Json(new { data = new { id = "42", name = "Kecamatan Contoh", username = "kec_contoh" } }));
        app.MapGet("/2/users/42/tweets", () => Results.Json(new
        {
            data = Posts.AsEnumerable().Reverse().Take(20).Select(p => new
            {
                id = p.Id,
                text = Links().Replace(p.Text, "https://t.co/abc"),
                entities = new { urls = Links().Matches(p.Text).Select(m => new { url = "https://t.co/abc", expanded_url = m.Value }) },
            }),
        }));
    }

    /// <summary>The account's 24-hour post cap (x-user-limit-24hour-limit); X answers 429 once it is spent.</summary>
    public int DailyLimit { get; set; } = 17;

    /// <summary>Posts counted in the current 24-hour window; set it to 0 for a new window.</summary>
    public int DailyUsed { get; set; }

    /// <summary>When the current 24-hour window ends (x-user-limit-24hour-reset).</summary>
    public DateTimeOffset DailyReset { get; set; } = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddHours(24).ToUnixTimeSeconds());

    protected override IResult RateLimited(HttpContext http, DateTimeOffset reset)
    {
        http.Response.Headers["x-rate-limit-limit"] = "17";
        http.Response.Headers["x-rate-limit-remaining"] = "0";
        http.Response.Headers["x-rate-limit-reset"] = Math.Ceiling(reset.ToUnixTimeMilliseconds() / 1000d).ToString(CultureInfo.InvariantCulture);
        return Problem(429, "Too Many Requests", "Too Many Requests");
    }

    protected override IResult Expired(HttpContext http) => Refuse(Problem(401, "Unauthorized", "Unauthorized"));

    /// <summary>What X reports on a post's answer: the endpoint's 15-minute window and the account's 24-hour cap.</summary>
    private void LimitHeaders(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers["x-rate-limit-limit"] = "100";
        headers["x-rate-limit-remaining"] = "99";
        headers["x-rate-limit-reset"] = DateTimeOffset.UtcNow.AddMinutes(15).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        headers["x-user-limit-24hour-limit"] = DailyLimit.ToString(CultureInfo.InvariantCulture);
        headers["x-user-limit-24hour-remaining"] = Math.Max(0, DailyLimit - DailyUsed).ToString(CultureInfo.InvariantCulture);
        headers["x-user-limit-24hour-reset"] = DailyReset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    }

    public static IResult Problem(int status, string title, string detail) =>
        Results.Json(new { title, detail, type = "about:blank", status }, statusCode: status, contentType: "application/problem+json");

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();
}
