using System.Net.Http.Json;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting.Networks.X;

/// <summary>
/// X API v2: image upload (<see cref="XMediaUpload"/>), then POST /2/tweets. Signed with OAuth 1.0a user context
/// (4 keys) or an OAuth 2.0 user token (see <see cref="XAuth"/>, <see cref="XSession"/>). X has no idempotency key: a
/// lost answer is reconciled by reading the account's recent posts for the article's link.
/// </summary>
public sealed class XClient(HttpClient http, XAuth auth, XMediaUpload media, TimeProvider clock) : ISocialChannel, ISocialPostRemoval
{
    public const string DefaultRoot = "https://api.x.com/";

    public string Type => XNetwork.Name;

    public async Task<PostResult> PostAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var x = Session(request.Channel, request.Observe);
        var mediaIds = new List<string>();
        if (await request.LoadImageAsync(ct) is { } image)
        {
            mediaIds.Add(await media.UploadAsync(x, image, ct));
        }

        var body = mediaIds.Count > 0
            ? (object)new { text = request.Message.Text, media = new { media_ids = mediaIds } }
            : new { text = request.Message.Text };
        var json = await x.JsonAsync(HttpMethod.Post, "2/tweets", () => JsonContent.Create(body), ct);
        var id = json.Obj("data").Str("id") ?? throw new DeliveryFailureException(FailureKind.Uncertain, "X menjawab tanpa id kiriman.");
        return new PostResult(id, $"https://x.com/i/web/status/{id}");
    }

    public async Task<Reconciliation> FindAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var x = Session(request.Channel, request.Observe);
        var userId = (await MeAsync(x, ct)).Str("id") ?? throw new DeliveryFailureException(FailureKind.Transient, "X tidak menyebut id akun.");
        var json = await x.JsonAsync(HttpMethod.Get, $"2/users/{Uri.EscapeDataString(userId)}/tweets?max_results=20&tweet.fields=entities", null, ct);
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

    /// <summary>
    /// DELETE /2/tweets/{id} (docs/networks.md, X, "Menghapus"): 200 <c>{"data":{"deleted":true}}</c>. A 404 whose
    /// problem is X's resource-not-found names a post X no longer has: deleted. A 403 naming the app or token holds the
    /// channel; any other 403 (a post of another account) fails this deletion. 429, 401 and 402 as for posting.
    /// </summary>
    public async Task DeleteAsync(RemovalRequest request, CancellationToken ct)
    {
        var id = RemovalCalls.RemoteId(request);
        var x = Session(request.Channel);
        await RemovalCalls.IdempotentAsync(async () =>
        {
            using var response = await x.SendAsync(HttpMethod.Delete, "2/tweets/" + Uri.EscapeDataString(id), null, s => s is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.Forbidden, ct);
            var body = await SocialHttp.JsonAsync(response, ct);
            var detail = body.Str("detail") ?? body.Str("title") ?? response.ReasonPhrase ?? "Galat";
            return response.StatusCode switch
            {
                System.Net.HttpStatusCode.NotFound when body.Str("type")?.EndsWith("/resource-not-found", StringComparison.Ordinal) == true => true,
                System.Net.HttpStatusCode.NotFound => throw new DeliveryFailureException(FailureKind.Permanent, $"X menjawab 404 tanpa menyebut kiriman {id}: {detail}"),
                System.Net.HttpStatusCode.Forbidden when XErrors.NamesCredentials(body) => throw new DeliveryFailureException(FailureKind.NeedsReauthorization, $"X menjawab 403: {detail}"),
                System.Net.HttpStatusCode.Forbidden => throw new DeliveryFailureException(FailureKind.Permanent, $"X menolak menghapus kiriman {id} (403: {detail}); hapus langsung di X."),
                _ when body.Obj("data").TryGetProperty("deleted", out var deleted) && deleted.ValueKind == System.Text.Json.JsonValueKind.True => true,
                _ => throw new DeliveryFailureException(FailureKind.Permanent, $"X tidak menyatakan kiriman {id} terhapus (deleted bukan true); periksa dan hapus langsung di X."),
            };
        });
    }

    public async Task<string> CheckAsync(ResolvedChannel channel, CancellationToken ct) => "@" + (await MeAsync(Session(channel), ct)).Str("username");

    private static async Task<System.Text.Json.JsonElement> MeAsync(XSession x, CancellationToken ct) =>
        (await x.JsonAsync(HttpMethod.Get, "2/users/me", null, ct)).Obj("data");

    private XSession Session(ResolvedChannel channel, Action<Quota.QuotaReading>? observe = null) => new(http, auth, clock, channel, observe);
}
