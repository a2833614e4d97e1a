using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SopPublikasi.IntegrationTests.Infrastructure.Fakes;

/// <summary>
/// A Facebook Page on the Graph API: feed and photo posts with the Page token, code 190/4/506 errors, and (when
/// <see cref="UsagePercent"/>, <see cref="AppUsagePercent"/> are set) the usage headers on every answer, a post
/// refused with code 32 at 100 % Page usage.
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

    /// <summary>estimated_time_to_regain_access reported while the usage is at 100 %.</summary>
    public int RegainMinutes { get; set; } = 2;

    protected override void Map(WebApplication app)
    {
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
        app.MapGet($"/{PageId}/feed", () => Results.Json(new
        {
            data = Posts.AsEnumerable().Reverse().Select(p => new { id = $"{PageId}_{p.Id}", message = p.Text, link = p.ImageUrl, permalink_url = $"https://www.facebook.com/{PageId}/posts/{p.Id}" }),
        }));
        app.MapGet("/me", () => Results.Json(new { id = PageId, name = "Kecamatan Contoh" }));
    }

    protected override IResult RateLimited(HttpContext http, DateTimeOffset reset) => GraphFake.RateLimited(http, reset);

    private FakePost Counted(FakePost post)
    {
        UsagePercent += UsagePerPost;
        return post;
    }

    protected override IResult Expired(HttpContext http) => Refuse(GraphFake.TokenExpired());
}
