using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SopPublikasi.IntegrationTests.Infrastructure.Fakes;

/// <summary>The Bot API for one channel: token in the path, sendMessage (JSON) and sendPhoto (multipart), retry_after on 429.</summary>
public sealed class FakeTelegram : FakeNetwork
{
    public const string Token = "123456:ABC-uji-token";

    public const string ChatId = "@kecamatancontoh";

    public override Dictionary<string, string?> Channel(string name) => new()
    {
        [$"CrossPosting:Channels:{name}:Type"] = "Telegram",
        [$"CrossPosting:Channels:{name}:BaseUrl"] = BaseUrl,
        [$"CrossPosting:Channels:{name}:BotToken"] = Token,
        [$"CrossPosting:Channels:{name}:ChatId"] = ChatId,
    };

    protected override void Map(WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (!http.Request.Path.StartsWithSegments("/bot" + Token))
            {
                await Refuse(Error(401, "Unauthorized")).ExecuteAsync(http);
                return;
            }

            await next(http);
        });
        app.MapPost($"/bot{Token}/sendMessage", async (HttpContext http) =>
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body);
            var root = body.RootElement;
            if (root.GetProperty("chat_id").GetString() != ChatId || root.GetProperty("parse_mode").GetString() != "HTML")
            {
                return Error(400, "Bad Request: chat not found");
            }

            var text = root.GetProperty("text").GetString()!;
            return await CreatePostAsync(http, () => Ok(Add(text)));
        });
        app.MapPost($"/bot{Token}/sendPhoto", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            var bytes = (int)(form.Files["photo"]?.Length ?? 0);
            if (form["chat_id"] != ChatId || bytes == 0 || form["caption"].ToString().Length > 1024)
            {
                return Error(400, "Bad Request: wrong photo or caption");
            }

            var caption = form["caption"].ToString();
            return await CreatePostAsync(http, () => Ok(Add(caption, bytes)));
        });
        app.MapGet($"/bot{Token}/getMe", () => Results.Json(new { ok = true, result = new { id = 123456, is_bot = true, username = "kecamatan_bot" } }));
        app.MapGet($"/bot{Token}/getChat", () => Results.Json(new { ok = true, result = new { id = -1001234567890, type = "channel", title = "Kecamatan Contoh", username = "kecamatancontoh" } }));
    }

    protected override IResult RateLimited(HttpContext http, DateTimeOffset reset) =>
        Results.Json(
            new { ok = false, error_code = 429, description = "Too Many Requests: retry after " + (int)Math.Ceiling((reset - DateTimeOffset.UtcNow).TotalSeconds), parameters = new { retry_after = (int)Math.Ceiling((reset - DateTimeOffset.UtcNow).TotalSeconds) } },
            statusCode: 429);

    protected override IResult Expired(HttpContext http) => Refuse(Error(401, "Unauthorized"));

    private static IResult Ok(FakePost post) =>
        Results.Json(new { ok = true, result = new { message_id = int.Parse(post.Id, System.Globalization.CultureInfo.InvariantCulture), chat = new { id = -1001234567890, type = "channel", username = "kecamatancontoh" } } });

    private static IResult Error(int code, string description) =>
        Results.Json(new { ok = false, error_code = code, description }, statusCode: code);
}
