using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SopPublikasi.IntegrationTests.Infrastructure.Fakes;

/// <summary>
/// A Bluesky PDS (XRPC under /xrpc/): sessions from a handle and app password, limited as createSession is (30 per
/// 5 minutes by default), access tokens that can be made to expire on demand (400 ExpiredToken) and refreshed with the
/// refresh JWT (which is then spent), blobs, and post records under a client-chosen TID record key. It refuses what
/// the PDS refuses: a wrong app password (401 AuthenticationRequired), a text over 300 graphemes or 3000 bytes, a link
/// facet whose UTF-8 byte range does not hold its link, a record key that is not a TID or is already taken, a thumbnail
/// blob over the lexicon's size, a blob it never received, and an expired or revoked token. deleteRecord (repo,
/// collection, rkey) removes the account's record and answers one it does not have with 200 and no commit, as the PDS
/// does (a no-op); a repo not the session's is refused (401); a method it does not have is 501.
/// </summary>
public sealed partial class FakeBluesky : FakeNetwork
{
    public const string Handle = "kecamatan.bsky.social";
    public const string AppPassword = "abcd-efgh-ijkl-mnop";
    public const string Did = "did:plc:kecamatancontoh42";

    private readonly ConcurrentDictionary<string, bool> _access = new(); // token → expired
    private readonly ConcurrentDictionary<string, bool> _refresh = new(); // token → still usable
    private readonly ConcurrentDictionary<string, (string MimeType, int Size)> _blobs = new();
    private readonly ConcurrentDictionary<string, JsonElement> _records = new();
    private readonly ConcurrentQueue<DateTimeOffset> _sessionCalls = new();
    private int _tokens;
    private bool _revoked;

    /// <summary>createSession calls allowed per <see cref="SessionWindow"/> (the PDS: 30 per 5 minutes per handle).</summary>
    public int SessionLimit { get; set; } = 30;

    public TimeSpan SessionWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest thumbnail blob a post's external card may name (app.bsky.embed.external: 1,000,000 bytes).</summary>
    public int MaxThumbBytes { get; set; } = 1_000_000;

    /// <summary>Every createSession call, answered or refused.</summary>
    public int SessionsCreated => _sessionCalls.Count;

    /// <summary>refreshSession calls that gave new tokens.</summary>
    public int SessionsRefreshed { get; private set; }

    /// <summary>The records (post bodies) made, by record key.</summary>
    public IReadOnlyDictionary<string, JsonElement> Records => _records;

    /// <summary>Every access token issued so far answers 400 ExpiredToken from now on (refresh tokens stay good).</summary>
    public void ExpireAccessTokens()
    {
        foreach (var token in _access.Keys)
        {
            _access[token] = true;
        }
    }

    public override Dictionary<string, string?> Channel(string name) => new()
    {
        [$"CrossPosting:Channels:{name}:Type"] = "Bluesky",
        [$"CrossPosting:Channels:{name}:BaseUrl"] = BaseUrl,
        [$"CrossPosting:Channels:{name}:Handle"] = Handle,
        [$"CrossPosting:Channels:{name}:AppPassword"] = AppPassword,
    };

    protected override void Map(WebApplication app)
    {
        app.MapPost("/xrpc/com.atproto.server.createSession", async (HttpContext http) =>
        {
            var now = DateTimeOffset.UtcNow;
            _sessionCalls.Enqueue(now);
            if (_sessionCalls.Count(t => t > now - SessionWindow) > SessionLimit)
            {
                return RateLimited(http, now + SessionWindow, SessionLimit, SessionWindow);
            }

            using var body = await JsonDocument.ParseAsync(http.Request.Body);
            var identifier = body.RootElement.GetProperty("identifier").GetString();
            var password = body.RootElement.GetProperty("password").GetString();
            if (_revoked || identifier != Handle || password != AppPassword)
            {
                return Refuse(Error(401, "AuthenticationRequired", "Invalid identifier or password"));
            }

            return Results.Json(Session());
        });
        app.MapPost("/xrpc/com.atproto.server.refreshSession", (HttpContext http) =>
        {
            var token = Bearer(http);
            if (token is null || !_refresh.TryGetValue(token, out var usable) || !usable)
            {
                return Refuse(Error(400, "ExpiredToken", "Token has been revoked"));
            }

            _refresh[token] = false;
            SessionsRefreshed++;
            return Results.Json(Session());
        });
        app.MapGet("/xrpc/com.atproto.server.getSession", (HttpContext http) =>
            Authorized(http) ?? Results.Json(new { handle = Handle, did = Did, active = true }));
        app.MapPost("/xrpc/com.atproto.repo.uploadBlob", async (HttpContext http) =>
        {
            if (Authorized(http) is { } refused)
            {
                return refused;
            }

            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            var cid = "bafkrei" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(buffer.ToArray()))[..40];
            var mime = http.Request.ContentType ?? "application/octet-stream";
            _blobs[cid] = (mime, (int)buffer.Length);
            return Results.Json(new { blob = new Dictionary<string, object> { ["$type"] = "blob", ["ref"] = new Dictionary<string, string> { ["$link"] = cid }, ["mimeType"] = mime, ["size"] = buffer.Length } });
        });
        app.MapPost("/xrpc/com.atproto.repo.createRecord", async (HttpContext http) =>
        {
            if (Authorized(http) is { } refused)
            {
                return refused;
            }

            using var body = await JsonDocument.ParseAsync(http.Request.Body);
            var root = body.RootElement.Clone();
            if (Invalid(root) is { } problem)
            {
                return Error(400, "InvalidRequest", problem);
            }

            var rkey = root.GetProperty("rkey").GetString()!;
            var record = root.GetProperty("record");
            var text = record.GetProperty("text").GetString()!;
            return await CreatePostAsync(http, () =>
            {
                if (!_records.TryAdd(rkey, record))
                {
                    return Error(400, "InvalidRequest", "Record already exists");
                }

                WriteLimitHeaders(http);
                Add(text, ThumbSize(record) ?? 0, id: rkey);
                return Results.Json(new { uri = Uri(rkey), cid = "bafyrei" + rkey, commit = new { cid = "bafyreicommit", rev = rkey } });
            });
        });
        app.MapPost("/xrpc/com.atproto.repo.deleteRecord", async (HttpContext http) =>
        {
            if (Authorized(http) is { } refused)
            {
                return refused;
            }

            using var body = await JsonDocument.ParseAsync(http.Request.Body);
            var root = body.RootElement.Clone();
            var (repo, collection, rkey) = (Str(root, "repo"), Str(root, "collection"), Str(root, "rkey"));
            if (repo is null || collection is null || rkey is null)
            {
                return Error(400, "InvalidRequest", "Input must have the properties \"repo\", \"collection\", \"rkey\"");
            }

            return DeletePost(http, rkey, () =>
            {
                if (repo is not (Did or Handle))
                {
                    // The PDS finds the repo, then refuses a session that is not its owner's.
                    return ("foreign", Error(401, "AuthenticationRequired", "Authentication Required"));
                }

                if (collection != "app.bsky.feed.post" || !_records.TryRemove(rkey, out _))
                {
                    return ("not-found", Results.Json(new { })); // no-op: the record does not exist
                }

                Remove(rkey);
                return ("deleted", Results.Json(new { commit = new { cid = "bafyreidelete" + rkey, rev = rkey } }));
            });
        });

        // An XRPC method this PDS does not have.
        app.MapFallback(() => Error(501, "MethodNotImplemented", "Method Not Implemented"));
        app.MapGet("/xrpc/com.atproto.repo.getRecord", (HttpContext http, string repo, string collection, string rkey) =>
        {
            if (Authorized(http) is { } refused)
            {
                return refused;
            }

            return repo == Did && collection == "app.bsky.feed.post" && _records.TryGetValue(rkey, out var value)
                ? Results.Json(new { uri = Uri(rkey), cid = "bafyrei" + rkey, value })
                : Error(400, "RecordNotFound", $"Could not locate record: {Uri(rkey)}");
        });
    }

    protected override IResult RateLimited(HttpContext http, DateTimeOffset reset) => RateLimited(http, reset, 5000, TimeSpan.FromHours(1));

    /// <summary>The app password is revoked: its tokens no longer work and no new session is given.</summary>
    protected override IResult Expired(HttpContext http)
    {
        _revoked = true;
        foreach (var token in _refresh.Keys)
        {
            _refresh[token] = false;
        }

        ExpireAccessTokens();
        return Refuse(Error(400, "ExpiredToken", "Token has been revoked"));
    }

    private static IResult Error(int status, string error, string message) => Results.Json(new { error, message }, statusCode: status);

    private static string Uri(string rkey) => $"at://{Did}/app.bsky.feed.post/{rkey}";

    private static string? Bearer(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;
    }

    private IResult? Authorized(HttpContext http)
    {
        var token = Bearer(http);
        if (token is null || !_access.TryGetValue(token, out var expired))
        {
            return Refuse(Error(401, "AuthenticationRequired", "Authentication Required"));
        }

        return expired ? Refuse(Error(400, "ExpiredToken", "Token has expired")) : null;
    }

    private object Session()
    {
        var n = Interlocked.Increment(ref _tokens);
        var access = $"akses-{n}";
        var refresh = $"segar-{n}";
        _access[access] = false;
        _refresh[refresh] = true;
        return new { accessJwt = access, refreshJwt = refresh, handle = Handle, did = Did, active = true };
    }

    private static IResult RateLimited(HttpContext http, DateTimeOffset reset, int limit, TimeSpan window)
    {
        var headers = http.Response.Headers;
        headers["ratelimit-limit"] = limit.ToString(CultureInfo.InvariantCulture);
        headers["ratelimit-remaining"] = "0";
        headers["ratelimit-reset"] = Math.Ceiling(reset.ToUnixTimeMilliseconds() / 1000d).ToString(CultureInfo.InvariantCulture);
        headers["ratelimit-policy"] = $"{limit};w={(int)window.TotalSeconds}";
        return Error(429, "RateLimitExceeded", "Rate Limit Exceeded");
    }

    private void WriteLimitHeaders(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers["ratelimit-limit"] = "5000";
        headers["ratelimit-remaining"] = (5000 - (3 * (Posts.Count + 1))).ToString(CultureInfo.InvariantCulture);
        headers["ratelimit-reset"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        headers["ratelimit-policy"] = "5000;w=3600";
    }

    /// <summary>Why the PDS would refuse this createRecord, or null.</summary>
    private string? Invalid(JsonElement root)
    {
        if (Str(root, "repo") != Did || Str(root, "collection") != "app.bsky.feed.post")
        {
            return "Invalid repo or collection";
        }

        if (Str(root, "rkey") is not { } rkey || !Tid().IsMatch(rkey))
        {
            return "Invalid record key: not a TID";
        }

        if (!root.TryGetProperty("record", out var record) || Str(record, "$type") != "app.bsky.feed.post" || Str(record, "createdAt") is null)
        {
            return "Invalid app.bsky.feed.post record: Record must have the properties \"$type\", \"text\" and \"createdAt\"";
        }

        var text = Str(record, "text") ?? string.Empty;
        if (new StringInfo(text).LengthInTextElements > 300)
        {
            return "Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes";
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length > 3000)
        {
            return "Invalid app.bsky.feed.post record: Record/text must not be longer than 3000 characters";
        }

        if (record.TryGetProperty("facets", out var facets))
        {
            foreach (var facet in facets.EnumerateArray())
            {
                var index = facet.GetProperty("index");
                var (start, end) = (index.GetProperty("byteStart").GetInt32(), index.GetProperty("byteEnd").GetInt32());
                if (start < 0 || end > bytes.Length || start >= end)
                {
                    return "Invalid app.bsky.feed.post record: facet index out of the text's bytes";
                }

                foreach (var feature in facet.GetProperty("features").EnumerateArray().Where(f => Str(f, "$type") == "app.bsky.richtext.facet#link"))
                {
                    if (Encoding.UTF8.GetString(bytes, start, end - start) != Str(feature, "uri"))
                    {
                        return "Invalid app.bsky.feed.post record: link facet's byte range does not hold its uri";
                    }
                }
            }
        }

        if (record.TryGetProperty("embed", out var embed) && embed.TryGetProperty("external", out var external) && external.TryGetProperty("thumb", out var thumb))
        {
            var cid = thumb.GetProperty("ref").GetProperty("$link").GetString()!;
            if (!_blobs.TryGetValue(cid, out var blob))
            {
                return $"Could not find blob: {cid}";
            }

            if (blob.Size > MaxThumbBytes)
            {
                return $"Invalid app.bsky.feed.post record: Record/embed/external/thumb file too big (maximum {MaxThumbBytes} bytes)";
            }

            if (!blob.MimeType.StartsWith("image/", StringComparison.Ordinal))
            {
                return "Invalid app.bsky.feed.post record: Record/embed/external/thumb mimeType must be image/*";
            }
        }

        return null;
    }

    private int? ThumbSize(JsonElement record) =>
        record.TryGetProperty("embed", out var embed) && embed.TryGetProperty("external", out var external) && external.TryGetProperty("thumb", out var thumb)
            && _blobs.TryGetValue(thumb.GetProperty("ref").GetProperty("$link").GetString()!, out var blob) ? blob.Size : null;

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")]
    private static partial Regex Tid();
}
