using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SopPublikasi.IntegrationTests.Infrastructure.Fakes;

/// <summary>
/// Threads (graph.threads.net) as strict as the network: every call needs the profile's token (else 190); a container
/// is made by POST /{user}/threads (TEXT with text, or IMAGE with a JPEG/PNG image_url), and its text is refused over
/// 500 characters counted Threads' way (an emoji weighs its UTF-8 bytes); a TEXT container is FINISHED at once, an
/// IMAGE container reads IN_PROGRESS for <see cref="InProgressReads"/> status reads (GET /{container}?fields=status);
/// "create post" is threads_publish, which refuses a creation_id it did not make or that is not yet FINISHED
/// (24 / 4279009, "Media Not Found"), and a profile whose 24-hour quota (threads_publishing_limit) is spent.
/// DELETE /{media-id} deletes a published post (<c>{"success":true,"deleted_id":…}</c>); an id it does not have, or
/// another profile's, is answered as Graph does (100 / 33); over <see cref="DeleteLimit"/> a day, code 4.
/// </summary>
public sealed class FakeThreads : FakeNetwork
{
    public const string UserId = "25000000000000001";

    public const string Token = "uji-threads-token";

    public const int MaxTextLength = 500;

    private readonly ConcurrentDictionary<string, Container> _containers = new();

    private int _quotaReads;

    /// <summary>Deletions allowed per account per day (Threads: 100); the next is refused with a rate-limit code.</summary>
    public int DeleteLimit { get; set; } = 100;

    /// <summary>How many status reads of an IMAGE container answer IN_PROGRESS before FINISHED.</summary>
    public int InProgressReads { get; set; } = 1;

    public int ContainersCreated => _containers.Count;

    /// <summary>The profile's publishing quota over 24 hours (quota_total).</summary>
    public int QuotaTotal { get; set; } = 250;

    /// <summary>Posts published in the current 24 hours (quota_usage); each publication adds one.</summary>
    public int QuotaUsage { get; set; }

    /// <summary>Reads of threads_publishing_limit.</summary>
    public int QuotaReads => _quotaReads;

    /// <summary>Container creations refused for their text's length.</summary>
    public int RefusedTooLong => _refusedTooLong;

    private int _refusedTooLong;

    /// <summary>The container that was published with this text, if any.</summary>
    public string? PublishedContainerOf(string text) =>
        _containers.FirstOrDefault(c => c.Value.Text == text && c.Value.MediaId is not null).Key;

    /// <summary>The length Threads counts: an emoji grapheme cluster weighs its UTF-8 bytes, other text its UTF-16 code units.</summary>
    public static int Count(string text)
    {
        var total = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var cluster = elements.GetTextElement();
            total += IsEmoji(cluster) ? Encoding.UTF8.GetByteCount(cluster) : cluster.Length;
        }

        return total;
    }

    public override Dictionary<string, string?> Channel(string name) => new()
    {
        [$"CrossPosting:Channels:{name}:Type"] = "Threads",
        [$"CrossPosting:Channels:{name}:BaseUrl"] = BaseUrl,
        [$"CrossPosting:Channels:{name}:UserId"] = UserId,
        [$"CrossPosting:Channels:{name}:AccessToken"] = Token,
    };

    protected override void Map(WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (http.Request.Headers.Authorization.ToString() != "Bearer " + Token)
            {
                await Refuse(GraphFake.Error(400, 190, "Invalid OAuth access token - Cannot parse access token")).ExecuteAsync(http);
                return;
            }

            await next(http);
        });
        app.MapPost($"/{UserId}/threads", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            var type = form["media_type"].ToString();
            var text = form["text"].ToString();
            var imageUrl = form["image_url"].ToString();
            switch (type)
            {
                case "TEXT" when string.IsNullOrEmpty(text):
                    return GraphFake.Error(400, 100, "The parameter text is required for media_type TEXT.", "THApiException");
                case "TEXT":
                    break;
                case "IMAGE" when !(imageUrl.EndsWith(".jpg", StringComparison.Ordinal) || imageUrl.EndsWith(".jpeg", StringComparison.Ordinal) || imageUrl.EndsWith(".png", StringComparison.Ordinal)):
                    return GraphFake.Error(400, 100, "Only JPEG and PNG images are supported.", "THApiException");
                case "IMAGE":
                    break;
                default:
                    return GraphFake.Error(400, 100, "The parameter media_type is required (TEXT, IMAGE, VIDEO, CAROUSEL).", "THApiException");
            }

            if (Count(text) > MaxTextLength)
            {
                Interlocked.Increment(ref _refusedTooLong);
                return GraphFake.Error(400, 100, $"Param text must be at most {MaxTextLength} characters long.", "THApiException");
            }

            var id = "1800" + (_containers.Count + 1).ToString(CultureInfo.InvariantCulture);
            _containers[id] = new Container(text, type == "IMAGE" ? imageUrl : null);
            return Results.Json(new { id });
        });
        app.MapGet($"/{UserId}/threads_publishing_limit", (HttpContext http) =>
        {
            Interlocked.Increment(ref _quotaReads);
            var fields = http.Request.Query["fields"].ToString().Split(',');
            return !fields.Contains("quota_usage") || !fields.Contains("config")
                ? GraphFake.Error(400, 100, "(#100) The fields quota_usage and config were not requested.", "THApiException")
                : Results.Json(new { data = new[] { new { quota_usage = QuotaUsage, config = new { quota_total = QuotaTotal, quota_duration = 86400 } } } });
        });
        app.MapPost($"/{UserId}/threads_publish", async (HttpContext http) =>
        {
            var creation = http.Request.Query["creation_id"].ToString();
            if (!_containers.TryGetValue(creation, out var container) || (container.MediaId is null && !container.Finished(InProgressReads)))
            {
                return MediaNotFound(creation);
            }

            return await CreatePostAsync(http, () =>
            {
                if (container.MediaId is not null)
                {
                    return GraphFake.Error(400, 100, "The media has already been published.", "THApiException");
                }

                if (QuotaUsage >= QuotaTotal)
                {
                    return GraphFake.Error(400, 4, "Application request limit reached", "OAuthException");
                }

                QuotaUsage++;
                var post = Add(container.Text, 0, container.ImageUrl);
                container.MediaId = post.Id;
                return Results.Json(new { id = post.Id });
            });
        });
        app.MapGet($"/{UserId}/threads", (HttpContext http) =>
        {
            var fields = http.Request.Query["fields"].ToString().Split(',');
            return !fields.Contains("text")
                ? GraphFake.Error(400, 100, "(#100) text was not requested.", "THApiException")
                : Results.Json(new
                {
                    data = Posts.AsEnumerable().Reverse().Select(p => new { id = p.Id, text = p.Text, permalink = Permalink(p.Id), timestamp = p.At.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture) }),
                });
        });
        app.MapGet("/me", () => Results.Json(new { id = UserId, username = "kecamatan.contoh" }));
        app.MapDelete("/{id}", (HttpContext http, string id) => DeletePost(http, id, () =>
            IsForeign(id) ? ("foreign", GraphFake.Unsupported("delete", id))
            : Find(id) is null ? ("not-found", GraphFake.Unsupported("delete", id))
            : Deleted.Count >= DeleteLimit ? ("refused", GraphFake.Error(400, 4, "Application request limit reached", "OAuthException"))
            : (Remove(id) ? "deleted" : "not-found", Results.Json(new { success = true, deleted_id = id }))));
        app.MapFallback((HttpContext http) => GraphFake.Unsupported(http.Request.Method.ToLowerInvariant(), http.Request.Path.Value?.Trim('/') ?? string.Empty));
        app.MapGet("/{id}", (string id, HttpContext http) =>
        {
            var fields = http.Request.Query["fields"].ToString().Split(',');
            if (_containers.TryGetValue(id, out var container))
            {
                if (!fields.Contains("status"))
                {
                    return GraphFake.Error(400, 100, "(#100) Tried accessing nonexisting field", "THApiException");
                }

                var status = container.MediaId is not null ? "PUBLISHED" : container.ReadStatus(InProgressReads);
                return Results.Json(new { status, id });
            }

            return Posts.FirstOrDefault(p => p.Id == id) is { } post
                ? Results.Json(new { id, permalink = Permalink(post.Id) })
                : MediaNotFound(id);
        });
    }

    protected override IResult RateLimited(HttpContext http, DateTimeOffset reset) => GraphFake.RateLimited(http, reset);

    protected override IResult Expired(HttpContext http) => Refuse(GraphFake.TokenExpired());

    private static IResult MediaNotFound(string id) =>
        Results.Json(new { error = new { message = "The requested resource does not exist", type = "OAuthException", code = 24, error_subcode = 4279009, error_user_title = "Media Not Found", error_user_msg = $"The media with id {id} cannot be found.", fbtrace_id = "AbCdEf123" } }, statusCode: 400);

    private static string Permalink(string id) => $"https://www.threads.com/@kecamatan.contoh/post/{id}";

    private static bool IsEmoji(string cluster)
    {
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (rune.Value is >= 0x1F000 or 0xFE0F or 0x20E3 or (>= 0x2600 and <= 0x27BF))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Container(string text, string? imageUrl)
    {
        private int _reads;

        public string Text { get; } = text;

        public string? ImageUrl { get; } = imageUrl;

        public string? MediaId { get; set; }

        /// <summary>A TEXT container is ready at once; an IMAGE container after <paramref name="inProgressReads"/> status reads.</summary>
        public bool Finished(int inProgressReads) => ImageUrl is null || inProgressReads == 0 || Volatile.Read(ref _reads) > inProgressReads;

        public string ReadStatus(int inProgressReads) =>
            ImageUrl is null || Interlocked.Increment(ref _reads) > inProgressReads ? "FINISHED" : "IN_PROGRESS";
    }
}
