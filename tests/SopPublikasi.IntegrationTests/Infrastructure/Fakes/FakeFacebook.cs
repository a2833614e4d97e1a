using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SopPublikasi.IntegrationTests.Infrastructure.Fakes;

/// <summary>
/// A Facebook Page on the Graph API: feed and photo posts with the Page token, code 190/4/506 errors, and (when
/// <see cref="UsagePercent"/>, <see cref="AppUsagePercent"/> are set) the usage headers on every answer, a post
/// refused with code 32 at 100 % Page usage. DELETE /{page-id}_{post-id} deletes a post of the Page
/// (<c>{"success":true}</c>); a post it does not have, or another Page's, is answered as Graph does: code 100 / 33.
/// GET /{post-id} reads a post; any other call is Graph's "Unsupported … request".
/// </summary>
public sealed class FakeFacebook : FakeNetwork
{
    public const string PageId = "1029384756";

    public override Dictionary<string, string?> Channel(string name) => new()
    {
        [$"CrossPosting:Channels:{name}:Type"] = "Facebook",
        [$"CrossPosting:Channels:{name}:BaseUrl"] = BaseUrl,
        [$"CrossPosting:Channels:{name}:PageId"] = PageId,
        [$"CrossPosting:Channels:{name}:AccessToken"] = GraphFake.Token,
    };

    /// <summary>When set, every answer reports this Page usage (percent) in X-Business-Use-Case-Usage; posts are refused at 100 %.</summary>
    public int? UsagePercent { get; set; }

    /// <summary>When set, every answer reports this app usage (percent) in X-App-Usage.</summary>
    public int? AppUsagePercent { get; set; }

    /// <summary>What each post adds to <see cref="UsagePercent"/>.</summary>
    public int UsagePerPost { get; set; }

    /// <summary>When true, reading the Page's feed fails (code 100), as a token without pages_read_engagement does.</summary>
    public bool FeedRefused { get; set; }

    /// <summary>estimated_time_to_regain_access reported while the usage is at 100 %.</summary>
    public int RegainMinutes { get; set; } = 2;

    /// <summary>The Graph API version of every call, in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Versions { get; } = new();

    protected override void Map(WebApplication app)
    {
        GraphFake.UseVersions(app, Versions.Enqueue);
        app.Use(async (http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                if (AppUsagePercent is { } app)
                {
                    http.Response.Headers["X-App-Usage"] = $$"""{"call_count":{{app.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"total_cputime":1,"total_time":1}""";
                }

                if (UsagePercent is { } used)
                {
                    var share = used.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var regain = (used >= 100 ? RegainMinutes : 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    http.Response.Headers["X-Business-Use-Case-Usage"] =
                        $$"""{"{{PageId}}":[{"type":"pages","call_count":{{share}},"total_cputime":5,"total_time":5,"estimated_time_to_regain_access":{{regain}}}]}""";
                }

                return Task.CompletedTask;
            });
            await next(http);
        });
        GraphFake.RequireToken(app, Refuse);
        app.MapPost($"/{PageId}/feed", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            var message = form["message"].ToString();
            var link = form["link"].ToString();
            return await CreatePostAsync(http, () => UsagePercent >= 100 ? GraphFake.Error(400, 32, "(#32) Page request limit reached")
                : Posts.Any(p => p.Text == message) ? GraphFake.Error(400, 506, "Duplicate status message")
                : Results.Json(new { id = $"{PageId}_{Counted(Add(message, 0, link)).Id}" }));
        });
        app.MapPost($"/{PageId}/photos", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            var message = form["message"].ToString();
            var bytes = (int)(form.Files["source"]?.Length ?? 0);
            if (bytes == 0)
            {
                return GraphFake.Error(400, 324, "(#324) Requires upload file", "OAuthException");
            }

            return await CreatePostAsync(http, () =>
            {
                if (UsagePercent >= 100)
                {
                    return GraphFake.Error(400, 32, "(#32) Page request limit reached");
                }

                var post = Counted(Add(message, bytes));
                return Results.Json(new { id = "9" + post.Id, post_id = $"{PageId}_{post.Id}" });
            });
        });
        app.MapGet($"/{PageId}/feed", (HttpContext http) => Feed(http));
        app.MapDelete("/{id}", (HttpContext http, string id) => DeletePost(http, id, () =>
            IsForeign(id) ? ("foreign", GraphFake.Unsupported("delete", id))
            : id.StartsWith(PageId + "_", StringComparison.Ordinal) && Remove(id[(PageId.Length + 1)..]) ? ("deleted", Results.Json(new { success = true }))
            : ("not-found", GraphFake.Unsupported("delete", id))));
        app.MapGet("/{id}", (string id) => id.StartsWith(PageId + "_", StringComparison.Ordinal) && Posts.Any(p => p.Id == id[(PageId.Length + 1)..])
            ? Results.Json(new { id, message = Posts.First(p => p.Id == id[(PageId.Length + 1)..]).Text })
            : GraphFake.Unsupported("get", id));
        app.MapFallback((HttpContext http) => GraphFake.Unsupported(http.Request.Method.ToLowerInvariant(), http.Request.Path.Value?.Trim('/') ?? string.Empty));
        app.MapGet("/me", () => Results.Json(new { id = PageId, name = "Kecamatan Contoh" }));
    }

    /// <summary>The fields a Page post has in every live Graph version (docs/networks.md, Facebook).</summary>
    private static readonly string[] PostFields = ["id", "message", "permalink_url", "created_time", "attachments", "full_picture", "status_type", "story", "from"];

    /// <summary>
    /// GET /{page}/feed as the Graph API answers it: only the fields asked for; <c>link</c> (deprecated on page posts
    /// since v3.3) fails the whole request with #12, an unknown field with #100; <c>since</c> (unix seconds) filters.
    /// Photo posts are listed too, as on a real Page.
    /// </summary>
    private IResult Feed(HttpContext http)
    {
        if (FeedRefused)
        {
            return GraphFake.Error(400, 100, "(#100) Object does not exist, cannot be loaded due to missing permissions, or does not support this operation", "GraphMethodException", 33);
        }

        var fields = http.Request.Query["fields"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Contains("link"))
        {
            return GraphFake.Error(400, 12, "(#12) deprecate_post_aggregated_fields_for_attachement is deprecated for versions v3.3 and higher", "OAuthException");
        }

        if (fields.FirstOrDefault(f => !PostFields.Contains(f)) is { } unknown)
        {
            return GraphFake.Error(400, 100, $"(#100) Tried accessing nonexisting field ({unknown}) on node type (Post)", "OAuthException");
        }

        if (fields.Length == 0)
        {
            fields = ["id", "message", "created_time"];
        }

        var since = long.TryParse(http.Request.Query["since"], out var s) ? DateTimeOffset.FromUnixTimeSeconds(s) : DateTimeOffset.MinValue;
        var data = Posts.Where(p => p.At >= since).Reverse().Select(p =>
        {
            var all = new Dictionary<string, object?>
            {
                ["id"] = $"{PageId}_{p.Id}",
                ["message"] = p.Text,
                ["permalink_url"] = $"https://www.facebook.com/{PageId}/posts/{p.Id}",
                ["created_time"] = p.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", System.Globalization.CultureInfo.InvariantCulture),
                ["status_type"] = p.ImageBytes > 0 ? "added_photos" : "shared_story",
            };
            return fields.Where(all.ContainsKey).ToDictionary(f => f, f => all[f]);
        });
        return Results.Json(new { data });
    }

    protected override IResult RateLimited(HttpContext http, DateTimeOffset reset) => GraphFake.RateLimited(http, reset);

    private FakePost Counted(FakePost post)
    {
        UsagePercent += UsagePerPost;
        return post;
    }

    protected override IResult Expired(HttpContext http) => Refuse(GraphFake.TokenExpired());
}
