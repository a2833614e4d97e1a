using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Quota;

namespace SopPublikasi.Module.CrossPosting.Networks.Bluesky;

/// <summary>
/// A Bluesky account (docs/networks.md, Bluesky): the session from <see cref="BlueskySessions"/>, the cover uploaded
/// with <c>uploadBlob</c> as the thumbnail of an <c>app.bsky.embed.external</c> card, then the post record made with
/// <c>createRecord</c> under a record key derived from the outbox row (<see cref="BlueskyRecordKey"/>). A lost answer
/// is reconciled exactly: <c>getRecord</c> for that key finds the post or says it does not exist, and a second
/// <c>createRecord</c> with the same key cannot make a second post.
/// </summary>
public sealed class BlueskyClient(HttpClient http, BlueskySessions sessions, IOptionsMonitor<BlueskyLimits> limits, TimeProvider clock) : ISocialChannel, ISocialPostRemoval
{
    public const string PostCollection = "app.bsky.feed.post";

    public string Type => BlueskyNetwork.Name;

    public async Task<PostResult> PostAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var message = request.Message;
        var max = limits.CurrentValue;
        var length = BlueskyText.Graphemes(message.Text);
        if (length > max.MaxGraphemes)
        {
            throw new DeliveryFailureException(FailureKind.Permanent, $"Teks {length} grafem melebihi batas Bluesky ({max.MaxGraphemes}).");
        }

        var channel = request.Channel;
        var session = await sessions.CurrentAsync(http, channel, ct);
        JsonElement? thumb = null;
        if (await request.LoadImageAsync(ct) is { } image)
        {
            thumb = await UploadAsync(channel, image, max.MaxThumbBytes, request.Observe, ct);
        }

        var rkey = BlueskyRecordKey.For(message);
        var record = new Dictionary<string, object>
        {
            ["$type"] = PostCollection,
            ["text"] = message.Text,
            ["createdAt"] = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["langs"] = new[] { "id" },
            ["embed"] = Card(message, thumb),
        };
        var links = BlueskyText.Links(message.Text);
        if (links.Count > 0)
        {
            record["facets"] = links.Select(Facet).ToList();
        }

        var body = new Dictionary<string, object> { ["repo"] = session.Did, ["collection"] = PostCollection, ["rkey"] = rkey, ["record"] = record };
        var created = await XrpcAsync(channel, HttpMethod.Post, "com.atproto.repo.createRecord", () => JsonContent.Create(body), request.Observe, null, ct);
        var uri = created?.Str("uri") ?? throw new DeliveryFailureException(FailureKind.Uncertain, "Bluesky menjawab tanpa uri rekaman.");
        return Result(uri, session.Handle, rkey);
    }

    public async Task<Reconciliation> FindAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Channel;
        var session = await sessions.CurrentAsync(http, channel, ct);
        var rkey = BlueskyRecordKey.For(request.Message);
        var query = $"repo={Uri.EscapeDataString(session.Did)}&collection={PostCollection}&rkey={rkey}";
        var found = await XrpcAsync(channel, HttpMethod.Get, "com.atproto.repo.getRecord?" + query, null, request.Observe, BlueskyErrors.RecordNotFound, ct);
        if (found?.Str("uri") is not { } uri)
        {
            return Reconciliation.Absent;
        }

        // The key is this row's; a record under it that is not this article's post was not made by this row.
        return found.Value.Obj("value").Str("text")?.Contains(request.Message.Link, StringComparison.Ordinal) == true
            ? Reconciliation.Exists(Result(uri, session.Handle, rkey))
            : Reconciliation.Unknown($"Rekaman Bluesky {rkey} ada, tetapi bukan kiriman artikel ini.");
    }

    /// <summary>
    /// com.atproto.repo.deleteRecord for the record the row stored (its at:// uri: repo, collection, record key; the key
    /// derived from the row when the uri cannot be read). The PDS answers a record it does not have with 200 and no
    /// commit (a no-op): deleted. A record in another account's repo is not sent: the PDS would refuse it, and it is
    /// not this channel's to delete.
    /// </summary>
    public async Task DeleteAsync(RemovalRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Channel;
        var session = await sessions.CurrentAsync(http, channel, ct);
        var (repo, collection, rkey) = ParseAtUri(request.Message.RemoteId) ?? (session.Did, PostCollection, BlueskyRecordKey.For(request.Message));
        if (repo != session.Did)
        {
            throw new DeliveryFailureException(FailureKind.Permanent, $"Rekaman Bluesky {rkey} ada di akun lain ({repo}), bukan akun saluran ini ({session.Did}): hapus langsung di akun itu.");
        }

        var body = new Dictionary<string, string> { ["repo"] = session.Did, ["collection"] = collection, ["rkey"] = rkey };
        await RemovalCalls.IdempotentAsync(() => XrpcAsync(channel, HttpMethod.Post, "com.atproto.repo.deleteRecord", () => JsonContent.Create(body), null, null, ct));
    }

    /// <summary>The repo, collection and record key of <c>at://{repo}/{collection}/{rkey}</c>; null for anything else.</summary>
    public static (string Repo, string Collection, string Rkey)? ParseAtUri(string? uri)
    {
        const string Scheme = "at://";
        if (uri is null || !uri.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = uri[Scheme.Length..].Split('/');
        return parts.Length == 3 && parts.All(p => p.Length > 0) ? (parts[0], parts[1], parts[2]) : null;
    }

    public async Task<string> CheckAsync(ResolvedChannel channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var me = await XrpcAsync(channel, HttpMethod.Get, "com.atproto.server.getSession", null, null, null, ct);
        return "@" + (me?.Str("handle") ?? (await sessions.CurrentAsync(http, channel, ct)).Handle);
    }

    /// <summary>The card: the article's link, title and text, with the cover as its thumbnail when there is one.</summary>
    private static Dictionary<string, object> Card(OutboxMessage message, JsonElement? thumb)
    {
        var description = message.Text.Replace(message.Link, string.Empty, StringComparison.Ordinal).Trim();
        var external = new Dictionary<string, object> { ["uri"] = message.Link, ["title"] = message.Title, ["description"] = description };
        if (thumb is { } blob)
        {
            external["thumb"] = blob;
        }

        return new Dictionary<string, object> { ["$type"] = "app.bsky.embed.external", ["external"] = external };
    }

    private static object Facet(BlueskyLink link) => new Dictionary<string, object>
    {
        ["index"] = new { byteStart = link.ByteStart, byteEnd = link.ByteEnd },
        ["features"] = new[] { new Dictionary<string, object> { ["$type"] = "app.bsky.richtext.facet#link", ["uri"] = link.Uri } },
    };

    /// <summary>uploadBlob with the cover (made smaller when over the limit). An upload posts nothing: a lost answer is transient.</summary>
    private async Task<JsonElement> UploadAsync(ResolvedChannel channel, PostImage image, int maxBytes, Action<QuotaReading> observe, CancellationToken ct)
    {
        var (bytes, contentType) = BlueskyThumb.Fit(image, maxBytes);
        try
        {
            var uploaded = await XrpcAsync(channel, HttpMethod.Post, "com.atproto.repo.uploadBlob", () =>
            {
                var content = new ByteArrayContent(bytes);
                content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
                return content;
            }, observe, null, ct);
            return uploaded?.Obj("blob") is { ValueKind: JsonValueKind.Object } blob
                ? blob
                : throw new DeliveryFailureException(FailureKind.Transient, "Bluesky menjawab unggahan gambar tanpa blob.");
        }
        catch (DeliveryFailureException failure) when (failure.Kind is FailureKind.Uncertain or FailureKind.Duplicate)
        {
            throw new DeliveryFailureException(FailureKind.Transient, failure.Message, null, failure);
        }
    }

    /// <summary>
    /// One XRPC call with the channel's session; when the PDS refuses the access token, the session is renewed
    /// (refreshed, or made again) and the call sent once more. A refusal is thrown classified, except the error named
    /// <paramref name="tolerated"/>, which answers null.
    /// </summary>
    private async Task<JsonElement?> XrpcAsync(ResolvedChannel channel, HttpMethod method, string nsid, Func<HttpContent>? content, Action<QuotaReading>? observe, string? tolerated, CancellationToken ct)
    {
        var session = await sessions.CurrentAsync(http, channel, ct);
        for (var renewed = false; ; renewed = true)
        {
            using var request = new HttpRequestMessage(method, BlueskySessions.Url(channel, nsid)) { Content = content?.Invoke() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessJwt);
            using var response = await SocialHttp.SendAsync(http, request, "Bluesky", ct);
            if (observe is not null)
            {
                foreach (var reading in BlueskyRateHeaders.Read(response, clock.GetUtcNow()))
                {
                    observe(reading);
                }
            }

            var body = await SocialHttp.JsonAsync(response, ct);
            if (response.IsSuccessStatusCode)
            {
                return body;
            }

            if (tolerated is not null && BlueskyErrors.Name(body) == tolerated)
            {
                return null;
            }

            if (!renewed && BlueskyErrors.TokenRefused(response, body))
            {
                session = await sessions.RenewAsync(http, channel, session, ct);
                continue;
            }

            throw BlueskyErrors.Classify(request, response, body, clock.GetUtcNow());
        }
    }

    private static PostResult Result(string uri, string handle, string rkey) => new(uri, $"https://bsky.app/profile/{handle}/post/{rkey}");
}
