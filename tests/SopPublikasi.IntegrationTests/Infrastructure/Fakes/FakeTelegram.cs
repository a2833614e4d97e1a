using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SopPublikasi.IntegrationTests.Infrastructure.Fakes;

/// <summary>
/// The Bot API for one channel: token in the path, sendMessage (JSON) and sendPhoto (multipart), retry_after on 429;
/// deleteMessage (JSON chat_id and message_id) deletes the bot's own message less than 48 hours old, answers an older
/// one or one it may not delete with "message can't be deleted" and an unknown one with "message to delete not found"
/// (the Bot API's words); a method it does not have is "Not Found: method not found".
/// </summary>
public sealed class FakeTelegram : FakeNetwork
{
    public const string Token = "123456:ABC-uji-token";

    public const string ChatId = "@kecamatancontoh";

    /// <summary>The channel's numeric id, which every answer names (and the client stores with the message id).</summary>
    public const string ChannelNumber = "-1001234567890";

    /// <summary>The Bot API's deleteMessage: only messages sent less than 48 hours ago.</summary>
    public static readonly TimeSpan DeleteWindow = TimeSpan.FromHours(48);

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
            if (Parse(text) is { } refusal)
            {
                return refusal;
            }

            if (string.IsNullOrWhiteSpace(Visible(text)) || Visible(text).Length > 4096)
            {
                return Error(400, string.IsNullOrWhiteSpace(Visible(text)) ? "Bad Request: message text is empty" : "Bad Request: message is too long");
            }

            return await CreatePostAsync(http, () => Ok(Add(text)));
        });
        app.MapPost($"/bot{Token}/sendPhoto", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            var bytes = (int)(form.Files["photo"]?.Length ?? 0);
            var caption = form["caption"].ToString();
            if (form["chat_id"] != ChatId)
            {
                return Error(400, "Bad Request: chat not found");
            }

            if (bytes == 0)
            {
                return Error(400, "Bad Request: there is no photo in the request");
            }

            if (Parse(caption) is { } refusal)
            {
                return refusal;
            }

            if (Visible(caption).Length > 1024)
            {
                return Error(400, "Bad Request: message caption is too long");
            }

            return await CreatePostAsync(http, () => Ok(Add(caption, bytes)));
        });
        app.MapPost($"/bot{Token}/deleteMessage", async (HttpContext http) =>
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body);
            var root = body.RootElement;
            var chat = root.TryGetProperty("chat_id", out var c) ? (c.ValueKind == JsonValueKind.Number ? c.GetRawText() : c.GetString()) : null;
            var message = root.TryGetProperty("message_id", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetRawText() : null;
            if (chat is not (ChatId or ChannelNumber))
            {
                return Error(400, "Bad Request: chat not found");
            }

            if (message is null)
            {
                return Error(400, "Bad Request: message identifier is not specified");
            }

            return DeletePost(http, message, () =>
                IsForeign(message) ? ("foreign", Error(400, "Bad Request: message can't be deleted"))
                : Find(message) is not { } post ? ("not-found", Error(400, "Bad Request: message to delete not found"))
                : DateTimeOffset.UtcNow - post.At >= DeleteWindow ? ("refused", Error(400, "Bad Request: message can't be deleted"))
                : (Remove(message) ? "deleted" : "not-found", Results.Json(new { ok = true, result = true })));
        });

        // A method the Bot API does not have.
        app.MapFallback(() => Error(404, "Not Found: method not found"));
        app.MapGet($"/bot{Token}/getMe", () => Results.Json(new { ok = true, result = new { id = 123456, is_bot = true, username = "kecamatan_bot" } }));
        app.MapGet($"/bot{Token}/getChat", () => Results.Json(new { ok = true, result = new { id = -1001234567890, type = "channel", title = "Kecamatan Contoh", username = "kecamatancontoh" } }));
    }

    protected override IResult RateLimited(HttpContext http, DateTimeOffset reset) =>
        Results.Json(
            new { ok = false, error_code = 429, description = "Too Many Requests: retry after " + (int)Math.Ceiling((reset - DateTimeOffset.UtcNow).TotalSeconds), parameters = new { retry_after = (int)Math.Ceiling((reset - DateTimeOffset.UtcNow).TotalSeconds) } },
            statusCode: 429);

    protected override IResult Expired(HttpContext http) => Refuse(Error(401, "Unauthorized"));

    /// <summary>The tags Bot API's HTML style accepts (docs/networks.md, Telegram); the entities it knows by name.</summary>
    private static readonly string[] Tags = ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "tg-emoji", "code", "pre", "blockquote"];

    /// <summary>
    /// Null when <paramref name="html"/> parses as the Bot API's HTML does, else its 400 "can't parse entities":
    /// unknown tags, unclosed or crossed tags and unknown named entities are refused.
    /// </summary>
    private static IResult? Parse(string html)
    {
        var open = new Stack<string>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, @"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>|<|&([a-zA-Z]+);"))
        {
            var offset = System.Text.Encoding.UTF8.GetByteCount(html.AsSpan(0, m.Index));
            if (m.Value == "<")
            {
                return Error(400, $"Bad Request: can't parse entities: Unexpected character \"<\" at byte offset {offset}");
            }

            if (m.Groups[3].Success)
            {
                if (m.Groups[3].Value is not ("lt" or "gt" or "amp" or "quot"))
                {
                    return Error(400, $"Bad Request: can't parse entities: Unsupported HTML entity \"&{m.Groups[3].Value};\" at byte offset {offset}");
                }

                continue;
            }

            var tag = m.Groups[2].Value.ToLowerInvariant();
            if (!Tags.Contains(tag))
            {
                return Error(400, $"Bad Request: can't parse entities: Unsupported start tag \"{tag}\" at byte offset {offset}");
            }

            if (m.Groups[1].Value.Length == 0)
            {
                open.Push(tag);
            }
            else if (!open.TryPop(out var last) || last != tag)
            {
                return Error(400, $"Bad Request: can't parse entities: Unexpected end tag at byte offset {offset}");
            }
        }

        return open.Count == 0 ? null : Error(400, $"Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{open.Peek()}\"");
    }

    /// <summary>The text a reader sees: tags removed, entities decoded (Telegram's limits count this, in UTF-16 units).</summary>
    private static string Visible(string html) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", string.Empty));

    private static IResult Ok(FakePost post) =>
        Results.Json(new { ok = true, result = new { message_id = int.Parse(post.Id, System.Globalization.CultureInfo.InvariantCulture), chat = new { id = -1001234567890, type = "channel", username = "kecamatancontoh" } } });

    private static IResult Error(int code, string description) =>
        Results.Json(new { ok = false, error_code = code, description }, statusCode: code);
}
