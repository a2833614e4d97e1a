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
/// expanded URLs. Strict as X is in 2026 (docs/networks.md, X): a text over 280 weighted characters is refused (counted
/// here by X's rules, independently of the client's counter: <see cref="WeightedLength"/>); the account pays per post
/// from <see cref="CreditBalance"/> (<see cref="PricePost"/>, <see cref="PricePostWithUrl"/>) and every billed request
/// is refused with 402 once it cannot pay; a post containing one of <see cref="RefusedContent"/> is refused with X's
/// 403 "not permitted"; <see cref="RefuseCredentials"/> refuses every request with X's 403 for an app not enrolled.
/// DELETE /2/tweets/{id} (signed like every call) deletes one of the account's posts (<c>{"data":{"deleted":true}}</c>),
/// answers a post it does not have with 404 resource-not-found and another account's post with 403; any other method
/// or path gets X's "page does not exist" 404, which names no post.
/// </summary>
public sealed partial class FakeX : FakeNetwork
{
    public static readonly OAuth1Credentials Credentials = new("uji-consumer-key", "uji consumer secret+!*'()", "42-uji-token", "uji token secret ü");

    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _postMedia = new();

    /// <summary>OAuth 2.0 user context: bearer tokens, their expiry and refresh.</summary>
    public FakeXOAuth2 OAuth2 { get; } = new();

    /// <summary>The media endpoints and the uploads they hold.</summary>
    public FakeXMedia Media { get; } = new();

    public FakeX()
    {
        Media.CreditsSpent = () => CreditBalance is <= 0;
    }

    /// <summary>X's price of a post without a URL ("Content: Create").</summary>
    public const decimal PricePost = 0.015m;

    /// <summary>X's price of a post whose text holds a URL ("Content: Create (with URL)").</summary>
    public const decimal PricePostWithUrl = 0.20m;

    /// <summary>X's limit: the weighted length of a post (twitter-text configuration v3).</summary>
    public const int MaxWeightedLength = 280;

    private decimal? _creditBalance;

    /// <summary>The account's credits in US dollars, charged per post; null for an account that is not billed (the default).</summary>
    public decimal? CreditBalance
    {
        get
        {
            lock (_credits)
            {
                return _creditBalance;
            }
        }

        set
        {
            lock (_credits)
            {
                _creditBalance = value;
            }
        }
    }

    /// <summary>Requests X refused with 402 because the credits were spent.</summary>
    public int PaymentRefusals => _paymentRefusals;

    /// <summary>Words X refuses in a post's text with its content 403 ("You are not permitted to perform this action.").</summary>
    public ConcurrentBag<string> RefusedContent { get; } = [];

    /// <summary>When true, every request is refused with X's 403 for an app that may not use the endpoint (a credentials refusal).</summary>
    public bool RefuseCredentials { get; set; }

    /// <summary>Every text a post request carried, accepted or not, with its weighted length as counted here.</summary>
    public ConcurrentQueue<(string Text, int Weighted)> PostTexts { get; } = new();

    private readonly object _credits = new();
    private int _paymentRefusals;

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
            if (RefuseCredentials && http.Request.Path != "/2/oauth2/token")
            {
                await Refuse(Results.Json(
                    new
                    {
                        client_id = "31515205",
                        detail = "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the developer portal.",
                        registration_url = "https://developer.twitter.com/en/docs/projects/overview",
                        title = "Client Forbidden",
                        required_enrollment = "Appropriate Level of API Access",
                        reason = "client-not-enrolled",
                        type = "https://api.twitter.com/2/problems/client-forbidden",
                    },
                    statusCode: 403,
                    contentType: "application/problem+json")).ExecuteAsync(http);
                return;
            }

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

            var weighted = WeightedLength(text);
            PostTexts.Enqueue((text, weighted));
            return await CreatePostAsync(http, () =>
            {
                var price = Links().IsMatch(text) ? PricePostWithUrl : PricePost;
                lock (_credits)
                {
                    if (_creditBalance is { } balance && balance < price)
                    {
                        Interlocked.Increment(ref _paymentRefusals);
                        return CreditsDepleted();
                    }
                }

                if (weighted > MaxWeightedLength)
                {
                    return Problem(403, "Forbidden", "Your Tweet text is too long. For more information on how Twitter determines text length see https://github.com/twitter/twitter-text.");
                }

                if (RefusedContent.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase)))
                {
                    return Problem(403, "Forbidden", "You are not permitted to perform this action.");
                }

                if (DailyUsed >= DailyLimit)
                {
                    LimitHeaders(http);
                    return Problem(429, "Too Many Requests", "Too Many Requests");
                }

                if (Posts.Any(p => p.Text == text))
                {
                    return Problem(403, "Forbidden", "You are not allowed to create a Tweet with duplicate content.");
                }

                lock (_credits)
                {
                    _creditBalance -= price;
                }

                DailyUsed++;
                LimitHeaders(http);
                var post = Add(text, (int)mediaIds.Sum(Media.Bytes));
                _postMedia[post.Id] = mediaIds;
                return Results.Json(new { data = new { id = post.Id, text } }, statusCode: 201);
            });
        });
        app.MapDelete("/2/tweets/{id}", (HttpContext http, string id) => DeletePost(http, id, () =>
            IsForeign(id) ? ("foreign", Problem(403, "Forbidden", "You are not permitted to perform this action."))
            : Remove(id) ? ("deleted", Results.Json(new { data = new { deleted = true } }))
            : ("not-found", Results.Json(
                new { title = "Not Found Error", detail = $"Could not find tweet with id: [{id}].", type = "https://api.twitter.com/2/problems/resource-not-found", resource_type = "tweet", parameter = "id", value = id },
                statusCode: 404,
                contentType: "application/problem+json"))));

        // Any other method or path: X's answer to an address it does not serve (not a post it does not have).
        app.MapFallback(() => Results.Json(new { errors = new[] { new { message = "Sorry, that page does not exist", code = 34 } } }, statusCode: 404));
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

    /// <summary>X's 402 once the account's credits are spent (the title as X sends it; the type and detail as seen in public reports).</summary>
    public static IResult CreditsDepleted() => Results.Json(
        new
        {
            account_id = 1234567890,
            title = "CreditsDepleted",
            detail = "Your enrolled account [1234567890] does not have any credits to fulfill this request.",
            type = "https://api.twitter.com/2/problems/credits",
        },
        statusCode: 402,
        contentType: "application/problem+json");

    /// <summary>
    /// The length X checks against 280, by twitter-text's rules (configuration v3), written here apart from the client's
    /// counter so that the two check each other: NFC, each http(s) URL 23, an emoji grapheme (with its modifiers, ZWJ
    /// sequences and flags) 2, any other code point 1 in U+0000-U+10FF, U+2000-U+200D, U+2010-U+201F, U+2032-U+2037
    /// and 2 elsewhere (CJK, Hangul, most symbols).
    /// </summary>
    public static int WeightedLength(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(System.Text.NormalizationForm.FormC);
        var total = 0;
        var rest = new System.Text.StringBuilder();
        var at = 0;
        foreach (Match url in Links().Matches(normalized))
        {
            var value = url.Value.TrimEnd('.', ',', ';', ':', '!', '?', '\'', '"', ')');
            rest.Append(normalized, at, url.Index - at);
            total += 23;
            at = url.Index + value.Length;
        }

        rest.Append(normalized, at, normalized.Length - at);
        var elements = StringInfo.GetTextElementEnumerator(rest.ToString());
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var runes = element.EnumerateRunes().Select(r => r.Value).ToList();
            var emoji = runes.Any(v => v is >= 0x1F000 and <= 0x1FAFF or 0xFE0F or 0x200D or 0x20E3) || (runes.Count == 1 && runes[0] is >= 0x2600 and <= 0x27BF);
            total += emoji ? 2 : runes.Sum(v => v is <= 0x10FF or (>= 0x2000 and <= 0x200D) or (>= 0x2010 and <= 0x201F) or (>= 0x2032 and <= 0x2037) ? 1 : 2);
        }

        return total;
    }

    public static IResult Problem(int status, string title, string detail) =>
        Results.Json(new { title, detail, type = "about:blank", status }, statusCode: status, contentType: "application/problem+json");

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();
}
