using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting.Networks.Telegram;

/// <summary>
/// A Telegram channel through the Bot API: sendPhoto with an HTML caption when there is a cover and the text fits a
/// caption, else sendMessage. The bot token sits in the URL path, so this client logs no URLs (its HttpClient has no
/// loggers). The Bot API cannot list a channel's messages: a lost answer is held for an administrator to check.
/// </summary>
public sealed class TelegramClient(HttpClient http, IOptions<TelegramLimits> limits, TimeProvider clock) : ISocialChannel, ISocialPostRemoval
{
    public const string DefaultRoot = "https://api.telegram.org/";

    public string Type => TelegramNetwork.Name;

    public async Task<PostResult> PostAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Channel;
        var chat = channel.Credential("ChatId");
        var text = request.Message.Text;
        // Telegram counts a caption after entity parsing (docs/networks.md, Telegram): tags and escapes do not count.
        var image = TelegramHtml.VisibleLength(text) <= limits.Value.MaxCaptionLength ? await request.LoadImageAsync(ct) : null;
        JsonElement result;
        if (image is not null)
        {
            using var form = new MultipartFormDataContent();
            form.Add(new StringContent(chat), "chat_id");
            var file = new ByteArrayContent(image.Bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(image.ContentType);
            form.Add(file, "photo", image.FileName);
            form.Add(new StringContent(text), "caption");
            form.Add(new StringContent("HTML"), "parse_mode");
            result = await CallAsync(channel, HttpMethod.Post, "sendPhoto", form, ct);
        }
        else
        {
            using var json = JsonContent.Create(new { chat_id = chat, text, parse_mode = "HTML" });
            result = await CallAsync(channel, HttpMethod.Post, "sendMessage", json, ct);
        }

        var messageId = result.Str("message_id") ?? throw new DeliveryFailureException(FailureKind.Uncertain, "Telegram menjawab tanpa message_id.");
        var chatInfo = result.Obj("chat");
        var id = $"{chatInfo.Str("id") ?? chat}/{messageId}";
        var url = chatInfo.Str("username") is { Length: > 0 } username ? $"https://t.me/{username}/{messageId}" : null;
        return new PostResult(id, url);
    }

    public Task<Reconciliation> FindAsync(DeliveryRequest request, CancellationToken ct) =>
        Task.FromResult(Reconciliation.Unknown(
            "Jawaban Telegram tidak diterima dan Bot API tidak dapat membaca isi kanal: periksa kanal, lalu tandai terkirim atau kirim ulang."));

    /// <summary>
    /// deleteMessage for the chat and message the row stored ("{chat id}/{message id}"; docs/networks.md, Telegram,
    /// "Menghapus"): a bot may delete its own channel posts less than 48 hours old (<see cref="TelegramNetwork.DeleteWindow"/>).
    /// "message to delete not found" counts as deleted; "message can't be deleted" (too old, or the bot lost its
    /// right) fails with what to do instead.
    /// </summary>
    public async Task DeleteAsync(RemovalRequest request, CancellationToken ct)
    {
        var remote = RemovalCalls.RemoteId(request);
        var slash = remote.LastIndexOf('/');
        if (slash <= 0 || !long.TryParse(remote.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var messageId))
        {
            throw new DeliveryFailureException(FailureKind.Permanent, $"Id pesan Telegram \"{remote}\" tidak berbentuk chat/pesan: hapus langsung di kanal.");
        }

        var chat = remote[..slash];
        try
        {
            await RemovalCalls.IdempotentAsync(async () =>
            {
                using var json = JsonContent.Create(new { chat_id = chat, message_id = messageId });
                return await CallAsync(request.Channel, HttpMethod.Post, "deleteMessage", json, ct);
            });
        }
        catch (DeliveryFailureException failure) when (failure.Message.EndsWith("message to delete not found", StringComparison.OrdinalIgnoreCase))
        {
            // Already gone from the channel.
        }
        catch (DeliveryFailureException failure) when (failure.Message.EndsWith("message can't be deleted", StringComparison.OrdinalIgnoreCase))
        {
            throw new DeliveryFailureException(
                FailureKind.Permanent,
                $"{failure.Message}. Bot hanya dapat menghapus pesannya di kanal dalam 48 jam sejak dikirim (dan selama masih berhak mengirim di kanal): hapus langsung di kanal.",
                null,
                failure);
        }
    }

    public async Task<string> CheckAsync(ResolvedChannel channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var me = await CallAsync(channel, HttpMethod.Get, "getMe", null, ct);
        var chat = await CallAsync(channel, HttpMethod.Get, "getChat?chat_id=" + Uri.EscapeDataString(channel.Credential("ChatId")), null, ct);
        return $"@{me.Str("username")} → {chat.Str("title") ?? chat.Str("username") ?? chat.Str("id")}";
    }

    private async Task<JsonElement> CallAsync(ResolvedChannel channel, HttpMethod method, string path, HttpContent? content, CancellationToken ct)
    {
        var token = channel.Credential("BotToken");
        if (!TelegramNetwork.IsWellFormedToken(token))
        {
            throw new DeliveryFailureException(FailureKind.NeedsReauthorization, "Token bot Telegram tidak berbentuk token dari @BotFather: periksa saluran.");
        }

        using var request = new HttpRequestMessage(method, new Uri(channel.Root(DefaultRoot), $"./bot{token}/{path}")) { Content = content };
        using var response = await SocialHttp.SendAsync(http, request, "Telegram", ct);
        var json = await SocialHttp.JsonAsync(response, ct);
        if (response.IsSuccessStatusCode && json.ValueKind == JsonValueKind.Object && json.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True)
        {
            return json.Obj("result");
        }

        throw TelegramErrors.Classify(request, response, json, clock.GetUtcNow());
    }
}
