using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SopPublikasi.IntegrationTests.Infrastructure.Fakes;

/// <summary>
/// A Mastodon instance: bearer token, limits at /api/v2/instance (or only /api/v1/instance, as before 4.0), media
/// that takes a while to process (206 until ready; a status attaching it before then is refused with 422), text
/// counted in graphemes with 23 per URL, and statuses that honour the Idempotency-Key (a repeat returns the original
/// status) as Mastodon does. DELETE /api/v1/statuses/{id} deletes one of the account's statuses (200 with it) and
/// answers any other id, another account's included, with 404 "Record not found", and a deletion over
/// <see cref="DeleteLimit"/> with 429; an address it does not serve gets an HTML 404. docs/networks.md, "Mastodon".
/// </summary>
public sealed class FakeMastodon : FakeNetwork
{
    public const string Token = "uji-mastodon-token";

    private readonly ConcurrentDictionary<string, FakePost> _byKey = new();
    private readonly ConcurrentDictionary<string, int> _media = new();
    private readonly ConcurrentDictionary<string, int> _reads = new();

    public int MaxCharacters { get; set; } = 500;

    /// <summary>Deletions allowed (Mastodon: 30 per 30 minutes per account); the next is answered 429.</summary>
    public int DeleteLimit { get; set; } = 30;

    /// <summary>When true an upload answers 202 (still processing) and is ready after <see cref="ProcessingReads"/> reads, as large images are.</summary>
    public bool ProcessingUploads { get; set; } = true;

    /// <summary>How many reads of a processing upload answer 206 (url null) before it is ready.</summary>
    public int ProcessingReads { get; set; } = 1;

    /// <summary>False for a server older than Mastodon 4.0: /api/v2/instance is 404.</summary>
    public bool HasV2Instance { get; set; } = true;

    /// <summary>Uploads made (a retry that reuses the earlier upload makes none).</summary>
    public int Uploads => _media.Count;

    public override Dictionary<string, string?> Channel(string name) => new()
    {
        [$"CrossPosting:Channels:{name}:Type"] = "Mastodon",
        [$"CrossPosting:Channels:{name}:BaseUrl"] = BaseUrl,
        [$"CrossPosting:Channels:{name}:AccessToken"] = Token,
    };

    protected override void Map(WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (http.Request.Headers.Authorization.ToString() != "Bearer " + Token)
            {
                await Refuse(Results.Json(new { error = "The access token is invalid" }, statusCode: 401)).ExecuteAsync(http);
                return;
            }

            await next(http);
        });
        app.MapGet("/api/v2/instance", () => HasV2Instance
            ? Results.Json(new
            {
                domain = "127.0.0.1",
                configuration = new { statuses = new { max_characters = MaxCharacters, max_media_attachments = 4, characters_reserved_per_url = 23 } },
            })
            : Results.Json(new { error = "Record not found" }, statusCode: 404));
        app.MapGet("/api/v1/instance", () => Results.Json(new
        {
            uri = "127.0.0.1",
            version = "3.5.3",
            configuration = new { statuses = new { max_characters = MaxCharacters, max_media_attachments = 4, characters_reserved_per_url = 23 } },
        }));
        app.MapPost("/api/v2/media", async (HttpContext http) =>
        {
            var bytes = await FileLengthAsync(http.Request, "file");
            var id = "10" + (_media.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _media[id] = bytes;
            _reads[id] = ProcessingUploads && ProcessingReads > 0 ? ProcessingReads : -1;
            return ProcessingUploads
                ? Results.Json(new { id, type = "image", url = (string?)null }, statusCode: 202)
                : Results.Json(new { id, type = "image", url = $"{BaseUrl}media/{id}.jpg" });
        });
        app.MapGet("/api/v1/media/{id}", (string id) =>
        {
            if (!_media.ContainsKey(id))
            {
                return Results.Json(new { error = "Record not found" }, statusCode: 404);
            }

            return _reads.AddOrUpdate(id, 0, (_, left) => left - 1) >= 0
                ? Results.Json(new { id, type = "image", url = (string?)null }, statusCode: 206)
                : Results.Json(new { id, type = "image", url = $"{BaseUrl}media/{id}.jpg" });
        });
        app.MapPost("/api/v1/statuses", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            var key = http.Request.Headers["Idempotency-Key"].ToString();
            var text = form["status"].ToString();
            var mediaIds = form["media_ids[]"].Select(m => m!).ToList();
            if (Length(text) > MaxCharacters)
            {
                return Results.Json(new { error = $"Validation failed: Text character limit of {MaxCharacters} exceeded" }, statusCode: 422);
            }

            if (mediaIds.Any(m => !_media.ContainsKey(m)))
            {
                return Results.Json(new { error = "Validation failed: Media attachments are invalid" }, statusCode: 422);
            }

            if (mediaIds.Any(m => _reads.GetValueOrDefault(m) >= 0))
            {
                return Results.Json(new { error = "Cannot attach files that have not finished processing. Try again in a moment!" }, statusCode: 422);
            }

            return await CreatePostAsync(http, () =>
            {
                var post = key.Length > 0 && _byKey.TryGetValue(key, out var original) ? original : Add(text, mediaIds.Sum(m => _media.GetValueOrDefault(m)));
                if (key.Length > 0)
                {
                    _byKey[key] = post;
                }

                return Results.Json(Status(post));
            });
        });
        app.MapDelete("/api/v1/statuses/{id}", (HttpContext http, string id) => DeletePost(http, id, () =>
        {
            // Mastodon looks the status up among the account's own: another account's is "not found" too.
            if (IsForeign(id) || Find(id) is not { } post)
            {
                return (IsForeign(id) ? "foreign" : "not-found", Results.Json(new { error = "Record not found" }, statusCode: 404));
            }

            if (Deleted.Count >= DeleteLimit)
            {
                return ("refused", RateLimited(http, DateTimeOffset.UtcNow.AddMinutes(30)));
            }

            Remove(id);
            return ("deleted", Results.Json(new { id, text = post.Text, url = $"{BaseUrl}@kecamatan/{id}" }));
        }));

        // An address the instance does not serve: its HTML 404 page, not an API answer.
        app.MapFallback(() => Results.Content("<!DOCTYPE html><html><body><h1>The page you are looking for isn't here.</h1></body></html>", "text/html", statusCode: 404));
        app.MapGet("/api/v1/accounts/verify_credentials", () => Results.Json(new { id = "7", username = "kecamatan", acct = "kecamatan" }));
        app.MapGet("/api/v1/accounts/7/statuses", () => Results.Json(Posts.AsEnumerable().Reverse().Select(Status)));
    }

    /// <summary>Mastodon's count: grapheme clusters, each http(s) URL as 23 (counted here independently of the client).</summary>
    private static int Length(string text) =>
        new System.Globalization.StringInfo(System.Text.RegularExpressions.Regex.Replace(text, @"https?://\S+", new string('x', 23))).LengthInTextElements;

    protected override IResult RateLimited(HttpContext http, DateTimeOffset reset)
    {
        http.Response.Headers["X-RateLimit-Limit"] = "300";
        http.Response.Headers["X-RateLimit-Remaining"] = "0";
        http.Response.Headers["X-RateLimit-Reset"] = reset.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        return Results.Json(new { error = "Too many requests" }, statusCode: 429);
    }

    protected override IResult Expired(HttpContext http) => Refuse(Results.Json(new { error = "The access token is invalid" }, statusCode: 401));

    private object Status(FakePost p) => new { id = p.Id, url = $"{BaseUrl}@kecamatan/{p.Id}", content = "<p>" + WebUtility.HtmlEncode(p.Text) + "</p>" };
}
