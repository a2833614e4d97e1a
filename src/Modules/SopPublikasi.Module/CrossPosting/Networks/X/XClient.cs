using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.OAuth;

namespace SopPublikasi.Module.CrossPosting.Networks.X;

/// <summary>
/// X API v2: media upload, then POST /2/tweets. Signed with OAuth 1.0a user context (4 keys) or an OAuth 2.0 user
/// token (see <see cref="XAuth"/>). X has no idempotency key: a lost answer is reconciled by reading the account's
/// recent posts for the article's link.
/// </summary>
public sealed class XClient(HttpClient http, XAuth auth, TimeProvider clock) : ISocialChannel
{
    public const string DefaultRoot = "https://api.x.com/";

    public string Type => ChannelTypes.X;

    public async Task<PostResult> PostAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Channel;
        var mediaIds = new List<string>();
        if (await request.LoadImageAsync(ct) is { } image)
        {
            mediaIds.Add(await UploadAsync(channel, image, ct));
        }

        var body = mediaIds.Count > 0
            ? (object)new { text = request.Message.Text, media = new { media_ids = mediaIds } }
            : new { text = request.Message.Text };
        using var response = await SendAsync(channel, HttpMethod.Post, "2/tweets", () => JsonContent.Create(body), ct);
        var json = await SocialHttp.JsonAsync(response, ct);
        var id = json.Obj("data").Str("id") ?? throw new DeliveryFailureException(FailureKind.Uncertain, "X menjawab tanpa id kiriman.");
        return new PostResult(id, $"https://x.com/i/web/status/{id}");
    }

    public async Task<Reconciliation> FindAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Channel;
        var me = await MeAsync(channel, ct);
        var userId = me.Str("id") ?? throw new DeliveryFailureException(FailureKind.Transient, "X tidak menyebut id akun.");
        using var response = await SendAsync(channel, HttpMethod.Get, $"2/users/{Uri.EscapeDataString(userId)}/tweets?max_results=20&tweet.fields=entities", null, ct);
        var json = await SocialHttp.JsonAsync(response, ct);
        foreach (var tweet in json.Obj("data").Items())
        {
            var urls = tweet.Obj("entities").Obj("urls").Items().Select(u => u.Str("expanded_url") ?? u.Str("url"));
            if (urls.Append(tweet.Str("text")).Any(u => u is not null && u.Contains(request.Message.Link, StringComparison.Ordinal)) && tweet.Str("id") is { } id)
            {
                return Reconciliation.Exists(new PostResult(id, $"https://x.com/i/web/status/{id}"));
            }
        }

        return Reconciliation.Absent;
    }

    public async Task<string> CheckAsync(ResolvedChannel channel, CancellationToken ct) => "@" + (await MeAsync(channel, ct)).Str("username");

    private async Task<JsonElement> MeAsync(ResolvedChannel channel, CancellationToken ct)
    {
        using var response = await SendAsync(channel, HttpMethod.Get, "2/users/me", null, ct);
        return (await SocialHttp.JsonAsync(response, ct)).Obj("data");
    }

    /// <summary>The one-shot v2 upload (images up to 5 MB). An unanswered upload only leaves an unused media id: transient.</summary>
    private async Task<string> UploadAsync(ResolvedChannel channel, PostImage image, CancellationToken ct)
    {
        try
        {
            using var response = await SendAsync(channel, HttpMethod.Post, "2/media/upload", () =>
            {
                var form = new MultipartFormDataContent();
                var file = new ByteArrayContent(image.Bytes);
                file.Headers.ContentType = new MediaTypeHeaderValue(image.ContentType);
                form.Add(file, "media", image.FileName);
                form.Add(new StringContent("tweet_image"), "media_category");
                return form;
            }, ct);
            var json = await SocialHttp.JsonAsync(response, ct);
            return json.Obj("data").Str("id") ?? json.Str("media_id_string") ?? throw new DeliveryFailureException(FailureKind.Transient, "X menjawab unggahan gambar tanpa id.");
        }
        catch (DeliveryFailureException failure) when (failure.Kind is FailureKind.Uncertain or FailureKind.Duplicate)
        {
            throw new DeliveryFailureException(FailureKind.Transient, failure.Message, null, failure);
        }
    }

    /// <summary>Sends once; with an OAuth 2.0 token that X refused as expired, refreshes it and sends once more.</summary>
    private async Task<HttpResponseMessage> SendAsync(ResolvedChannel channel, HttpMethod method, string path, Func<HttpContent>? content, CancellationToken ct)
    {
        var url = new Uri(channel.Root(DefaultRoot), path);
        var response = await SendOnceAsync(channel, method, url, content, ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized && auth.CanRefresh(channel))
        {
            response.Dispose();
            await auth.RefreshAsync(channel, ct);
            response = await SendOnceAsync(channel, method, url, content, ct);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw XErrors.Classify(response.RequestMessage!, response, await SocialHttp.JsonAsync(response, ct), clock.GetUtcNow());
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(ResolvedChannel channel, HttpMethod method, Uri url, Func<HttpContent>? content, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content?.Invoke() };
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(await auth.AuthorizationAsync(channel, method, url, ct));
        return await SocialHttp.SendAsync(http, request, "X", ct);
    }
}
