using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SopPublikasi.IntegrationTests.Infrastructure.Fakes;

/// <summary>A Facebook Page on the Graph API: feed and photo posts with the Page token, code 190/4/506 errors.</summary>
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

    protected override void Map(WebApplication app)
    {
        GraphFake.RequireToken(app, Refuse);
        app.MapPost($"/{PageId}/feed", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            var message = form["message"].ToString();
            var link = form["link"].ToString();
            return await CreatePostAsync(http, () => Posts.Any(p => p.Text == message)
                ? GraphFake.Error(400, 506, "Duplicate status message")
                : Results.Json(new { id = $"{PageId}_{Add(message, 0, link).Id}" }));
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
                var post = Add(message, bytes);
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

    protected override IResult Expired(HttpContext http) => Refuse(GraphFake.TokenExpired());
}
