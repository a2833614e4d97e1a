using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting.Networks.Facebook;

/// <summary>
/// A Facebook Page: a photo post (multipart <c>source</c> + <c>message</c>) when the article has a cover, else a feed
/// post with <c>message</c> and <c>link</c>. A lost answer is reconciled by reading the Page's recent posts (photo
/// posts are among them) for the article's link in their message. The usage percentages on the answers are reported
/// to the request (<see cref="GraphUsage"/>). docs/networks.md, "Facebook".
/// </summary>
public sealed class FacebookClient(HttpClient http, IOptionsMonitor<GraphApiOptions> graph, TimeProvider clock) : ISocialChannel, ISocialPostRemoval
{
    private const string Network = "Facebook";

    /// <summary>
    /// Fields that exist on a Page post in every live Graph version. Not <c>link</c>: deprecated since v3.3, asking for
    /// it fails the whole request with error #12.
    /// </summary>
    public const string FeedFields = "id,message,permalink_url,created_time";

    /// <summary>A post made this long before the row's first attempt (clocks differ) still counts as the row's.</summary>
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMinutes(10);

    public string Type => FacebookNetwork.Name;

    public async Task<PostResult> PostAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Channel;
        var root = Root(channel);
        var page = Uri.EscapeDataString(channel.Credential("PageId"));
        var message = request.Message;
        if (await request.LoadImageAsync(ct) is { } image)
        {
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(image.Bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(image.ContentType);
            form.Add(file, "source", image.FileName);
            form.Add(new StringContent(message.Text), "message");
            var photo = await GraphCall.SendAsync(http, root, request, Network, HttpMethod.Post, $"{page}/photos", form, clock, ct);
            return Result(photo.Str("post_id") ?? photo.Str("id"));
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = message.Text, ["link"] = message.Link });
        var post = await GraphCall.SendAsync(http, root, request, Network, HttpMethod.Post, $"{page}/feed", content, clock, ct);
        return Result(post.Str("id"));
    }

    /// <summary>
    /// The Page's recent posts, photo posts included, made since the row's first attempt: the one whose message holds
    /// the article's link (every composed message does, <see cref="Composition.FacebookComposer"/>).
    /// </summary>
    public async Task<Reconciliation> FindAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = Uri.EscapeDataString(request.Channel.Credential("PageId"));
        var since = (request.Message.FirstAttemptAt ?? request.Message.CreatedAt) - ClockSlack;
        var feed = await GraphCall.SendAsync(
            http, Root(request.Channel), request, Network, HttpMethod.Get, $"{page}/feed?fields={FeedFields}&since={since.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}&limit=50", null, clock, ct);
        var match = feed.Obj("data").Items().FirstOrDefault(p =>
            (p.Str("message")?.Contains(request.Message.Link, StringComparison.Ordinal) ?? false)
            && (!DateTimeOffset.TryParse(p.Str("created_time"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created) || created >= since));
        return match.Str("id") is { } id ? Reconciliation.Exists(new PostResult(id, match.Str("permalink_url") ?? Permalink(id))) : Reconciliation.Absent;
    }

    /// <summary>
    /// DELETE /{post-id} on the configured Graph version (docs/networks.md, Facebook, "Menghapus"): <c>{"success":true}</c>.
    /// Graph answers a post it does not have with code 100 / subcode 33 ("Unsupported delete request. Object … does not
    /// exist, cannot be loaded due to missing permissions …"): for a post of this channel's Page (its id starts with the
    /// Page id), which the Page token can always load, that means the post is gone, and it counts as deleted.
    /// </summary>
    public async Task DeleteAsync(RemovalRequest request, CancellationToken ct)
    {
        var id = RemovalCalls.RemoteId(request);
        var channel = request.Channel;
        var ours = id.StartsWith(channel.Credential("PageId") + "_", StringComparison.Ordinal);
        try
        {
            var answer = await RemovalCalls.IdempotentAsync(() =>
                GraphCall.SendAsync(http, Root(channel), channel, Network, HttpMethod.Delete, Uri.EscapeDataString(id), null, ClassifyDelete, clock, ct));
            if (answer.ValueKind != System.Text.Json.JsonValueKind.Object || !answer.TryGetProperty("success", out var success) || success.ValueKind != System.Text.Json.JsonValueKind.True)
            {
                throw new DeliveryFailureException(FailureKind.Permanent, $"Facebook tidak menyatakan kiriman {id} terhapus; periksa dan hapus langsung di Halaman.");
            }
        }
        catch (DeliveryFailureException failure) when (ours && RemovalCalls.IsGone(failure))
        {
            // Already gone from the Page.
        }
    }

    /// <summary>Graph's "does not exist" (100 / 33) marked as gone; everything else as <see cref="GraphErrors"/> reads it.</summary>
    public static DeliveryFailureException ClassifyDelete(HttpRequestMessage request, HttpResponseMessage response, System.Text.Json.JsonElement body, DateTimeOffset now)
    {
        var error = body.Obj("error");
        return error.Number("code") == 100 && (error.Number("error_subcode") == 33 || error.Str("message")?.StartsWith("Unsupported delete request", StringComparison.Ordinal) == true)
            ? RemovalCalls.Gone($"Facebook menjawab kode 100: {error.Str("message")}")
            : GraphErrors.Classify(Network, request, response, body, now);
    }

    public async Task<string> CheckAsync(ResolvedChannel channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var me = await GraphCall.SendAsync(http, Root(channel), channel, Network, HttpMethod.Get, "me?fields=id,name", null, clock, ct);
        return me.Str("name") ?? me.Str("id") ?? "Page";
    }

    private Uri Root(ResolvedChannel channel) => graph.CurrentValue.Root(channel, GraphCall.FacebookHost);

    private static PostResult Result(string? id) =>
        id is null ? throw new DeliveryFailureException(FailureKind.Uncertain, "Facebook menjawab tanpa id kiriman.") : new PostResult(id, Permalink(id));

    private static string Permalink(string id) => "https://www.facebook.com/" + id;
}
