using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SopPublikasi.IntegrationTests.Infrastructure.Fakes;

/// <summary>
/// Instagram on the Graph API: a container is IN_PROGRESS on its first status read(s) and FINISHED after; publishing
/// before that is refused with 9007/2207027; a published container reads PUBLISHED. "Create post" is media_publish,
/// refused with 9/2207042 once the 24-hour publishing quota (served at content_publishing_limit) is spent.
/// </summary>
public sealed class FakeInstagram : FakeNetwork
{
    public const string UserId = "17841400000000001";

    private readonly ConcurrentDictionary<string, Container> _containers = new();

    /// <summary>How many status reads answer IN_PROGRESS before FINISHED.</summary>
    public int InProgressReads { get; set; } = 1;

    public int ContainersCreated => _containers.Count;

    /// <summary>Captions longer than this (UTF-16 code units) are refused, as Instagram does at 2,200 characters.</summary>
    public int MaxCaptionLength { get; set; } = 2_200;

    /// <summary>Captions with more hashtags are refused: 5 since Instagram's December 2025 change (docs/networks.md).</summary>
    public int MaxHashtags { get; set; } = 5;

    /// <summary>The account's publishing quota over 24 hours (content_publishing_limit's quota_total).</summary>
    public int QuotaTotal { get; set; } = 50;

    /// <summary>Posts published in the current 24 hours (quota_usage); each publication adds one. Set it to 0 for a quiet day.</summary>
    public int QuotaUsage { get; set; }

    /// <summary>Reads of content_publishing_limit.</summary>
    public int QuotaReads => _quotaReads;

    private int _quotaReads;

    public IReadOnlyList<string> ImageUrls => [.. _containers.Values.Select(c => c.ImageUrl)];

    /// <summary>The container that was published with this caption, if any.</summary>
    public string? PublishedContainerOf(string caption) =>
        _containers.FirstOrDefault(c => c.Value.Caption == caption && c.Value.MediaId is not null).Key;

    public override Dictionary<string, string?> Channel(string name) => new()
    {
        [$"CrossPosting:Channels:{name}:Type"] = "Instagram",
        [$"CrossPosting:Channels:{name}:BaseUrl"] = BaseUrl,
        [$"CrossPosting:Channels:{name}:UserId"] = UserId,
        [$"CrossPosting:Channels:{name}:AccessToken"] = GraphFake.Token,
    };

    /// <summary>The Graph API version of every call, in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Versions { get; } = new();

    protected override void Map(WebApplication app)
    {
        GraphFake.UseVersions(app, Versions.Enqueue);
        GraphFake.RequireToken(app, Refuse);
        app.MapPost($"/{UserId}/media", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            var imageUrl = form["image_url"].ToString();
            var caption = form["caption"].ToString();
            if (caption.Length > MaxCaptionLength)
            {
                return GraphFake.Error(400, 100, $"(#100) The caption is too long: the maximum is {MaxCaptionLength} characters.", "OAuthException");
            }

            if (System.Text.RegularExpressions.Regex.Count(caption, @"(?<![\p{L}\p{N}_&])#[\p{L}\p{N}_]+") > MaxHashtags)
            {
                return GraphFake.Error(400, 100, $"(#100) The caption has more than {MaxHashtags} hashtags.", "OAuthException");
            }

            if (!imageUrl.EndsWith(".jpg", StringComparison.Ordinal))
            {
                return GraphFake.Error(400, 9004, "Only photo or video can be accepted as media type.", subcode: 2207052);
            }

            var id = "1790" + (_containers.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _containers[id] = new Container(form["caption"].ToString(), imageUrl, form["alt_text"].ToString());
            return Results.Json(new { id });
        });
        app.MapGet($"/{UserId}/content_publishing_limit", (HttpContext http) =>
        {
            Interlocked.Increment(ref _quotaReads);
            return http.Request.Query["fields"] != "config,quota_usage"
                ? GraphFake.Error(400, 100, "(#100) Tried accessing nonexisting field", "OAuthException")
                : Results.Json(new { data = new[] { new { config = new { quota_total = QuotaTotal, quota_duration = 86400 }, quota_usage = QuotaUsage } } });
        });
        app.MapGet("/{id}", (string id) =>
        {
            if (_containers.TryGetValue(id, out var container))
            {
                var status = container.MediaId is not null ? "PUBLISHED" : Interlocked.Increment(ref container.Reads) <= InProgressReads ? "IN_PROGRESS" : "FINISHED";
                return Results.Json(new { status_code = status, id });
            }

            return Posts.FirstOrDefault(p => p.Id == id) is { } post
                ? Results.Json(new { id, permalink = $"https://www.instagram.com/p/{post.Id}/" })
                : GraphFake.Error(400, 100, "Unsupported get request.", "GraphMethodException", 33);
        });
        app.MapPost($"/{UserId}/media_publish", async (HttpContext http) =>
        {
            var creation = http.Request.Query["creation_id"].ToString();
            if (!_containers.TryGetValue(creation, out var container))
            {
                return GraphFake.Error(400, 100, "Invalid parameter", "OAuthException");
            }

            if (container.MediaId is null && container.Reads <= InProgressReads)
            {
                return GraphFake.Error(400, 9007, "Media ID is not available", "OAuthException", 2207027);
            }

            return await CreatePostAsync(http, () =>
            {
                if (container.MediaId is not null)
                {
                    return GraphFake.Error(400, 9007, "The media has already been published", "OAuthException", 2207006);
                }

                if (QuotaUsage >= QuotaTotal)
                {
                    return GraphFake.Error(400, 9, "Application request limit reached", "OAuthException", 2207042);
                }

                QuotaUsage++;

                var post = Add(container.Caption, 0, container.ImageUrl);
                container.MediaId = post.Id;
                return Results.Json(new { id = post.Id });
            });
        });
        app.MapGet($"/{UserId}/media", () => Results.Json(new
        {
            data = Posts.AsEnumerable().Reverse().Select(p => new { id = p.Id, caption = p.Text, permalink = $"https://www.instagram.com/p/{p.Id}/" }),
        }));
        app.MapGet($"/{UserId}", () => Results.Json(new { id = UserId, username = "kecamatan.contoh" }));
    }

    /// <summary>Instagram's business use case limit: code 80002 with the usage header of type "instagram".</summary>
    protected override IResult RateLimited(HttpContext http, DateTimeOffset reset)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling((reset - DateTimeOffset.UtcNow).TotalMinutes));
        http.Response.Headers["X-Business-Use-Case-Usage"] =
            $$"""{"{{UserId}}":[{"type":"instagram","call_count":100,"total_cputime":10,"total_time":10,"estimated_time_to_regain_access":{{minutes.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}]}""";
        return GraphFake.Error(400, 80002, "(#80002) There have been too many calls to this Instagram account. Wait a bit and try again.", "OAuthException");
    }

    protected override IResult Expired(HttpContext http) => Refuse(GraphFake.TokenExpired());

    private sealed class Container(string caption, string imageUrl, string alt)
    {
        public int Reads;

        public string Caption { get; } = caption;

        public string ImageUrl { get; } = imageUrl;

        public string Alt { get; } = alt;

        public string? MediaId { get; set; }
    }
}
