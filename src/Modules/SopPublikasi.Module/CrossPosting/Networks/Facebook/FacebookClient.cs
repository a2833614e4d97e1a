using System.Net.Http.Headers;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting.Networks.Facebook;

/// <summary>
/// A Facebook Page: a photo post (multipart <c>source</c> + <c>message</c>) when the article has a cover, else a feed
/// post with <c>message</c> and <c>link</c>. A lost answer is reconciled by reading the Page's recent posts. The usage
/// percentages on the answers are reported to the request (<see cref="GraphUsage"/>).
/// </summary>
public sealed class FacebookClient(HttpClient http, TimeProvider clock) : ISocialChannel
{
    private const string Network = "Facebook";

    public string Type => FacebookNetwork.Name;

    public async Task<PostResult> PostAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Channel;
        var page = Uri.EscapeDataString(channel.Credential("PageId"));
        var message = request.Message;
        if (await request.LoadImageAsync(ct) is { } image)
        {
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(image.Bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(image.ContentType);
            form.Add(file, "source", image.FileName);
            form.Add(new StringContent(message.Text), "message");
            var photo = await GraphCall.SendAsync(http, request, Network, HttpMethod.Post, $"{page}/photos", form, clock, ct);
            return Result(photo.Str("post_id") ?? photo.Str("id"));
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = message.Text, ["link"] = message.Link });
        var post = await GraphCall.SendAsync(http, request, Network, HttpMethod.Post, $"{page}/feed", content, clock, ct);
        return Result(post.Str("id"));
    }

    public async Task<Reconciliation> FindAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = Uri.EscapeDataString(request.Channel.Credential("PageId"));
        var feed = await GraphCall.SendAsync(http, request, Network, HttpMethod.Get, $"{page}/feed?fields=id,message,link,permalink_url&limit=25", null, clock, ct);
        var match = feed.Obj("data").Items().FirstOrDefault(p =>
            string.Equals(p.Str("link"), request.Message.Link, StringComparison.Ordinal)
            || (p.Str("message")?.Contains(request.Message.Link, StringComparison.Ordinal) ?? false));
        return match.Str("id") is { } id ? Reconciliation.Exists(new PostResult(id, match.Str("permalink_url") ?? Permalink(id))) : Reconciliation.Absent;
    }

    public async Task<string> CheckAsync(ResolvedChannel channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var me = await GraphCall.SendAsync(http, channel, Network, HttpMethod.Get, "me?fields=id,name", null, clock, ct);
        return me.Str("name") ?? me.Str("id") ?? "Page";
    }

    private static PostResult Result(string? id) =>
        id is null ? throw new DeliveryFailureException(FailureKind.Uncertain, "Facebook menjawab tanpa id kiriman.") : new PostResult(id, Permalink(id));

    private static string Permalink(string id) => "https://www.facebook.com/" + id;
}
