using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting.Networks.Mastodon;

/// <summary>
/// A Mastodon account: reads the instance's limits, uploads the cover (waiting while it is processed), then posts
/// the status with an Idempotency-Key derived from article + channel, so a repeat within the hour the instance keeps
/// the key returns the original status instead of a second one. After that hour, reconciliation reads the account's
/// recent statuses for the article's link. An uploaded cover's id is stored on the row at once, so a retry after
/// "still processing" (422) attaches the same upload instead of sending the image again. docs/networks.md, "Mastodon".
/// </summary>
public sealed class MastodonClient(
    HttpClient http, MastodonInstanceLimits instances, IOptions<MastodonLimits> limits, IOptionsMonitor<CrossPostingOptions> options, TimeProvider clock) : ISocialChannel, ISocialPostRemoval
{
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromMinutes(55);

    public string Type => MastodonNetwork.Name;

    public async Task<PostResult> PostAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Channel;
        var instance = await LearnLimitsAsync(channel, ct);
        var length = MastodonTextLength.Count(request.Message.Text, instance.CharactersReservedPerUrl);
        if (length > instance.MaxCharacters)
        {
            throw new DeliveryFailureException(FailureKind.Permanent, $"Teks {length} karakter melebihi batas instance Mastodon ({instance.MaxCharacters}).");
        }

        var fields = new List<KeyValuePair<string, string>>
        {
            new("status", request.Message.Text),
            new("visibility", "public"),
            new("language", "id"),
        };
        var stored = request.Message.Progress is { Length: > 0 } earlier ? await StoredUploadAsync(request, earlier, ct) : null;
        if (stored is not null)
        {
            fields.Add(new("media_ids[]", stored));
        }
        else if (await request.LoadImageAsync(ct) is { } image)
        {
            var media = await UploadAsync(channel, image, request.Message.ImageAlt, ct);
            await request.SaveProgressAsync(media.Str("id")!, ct);
            fields.Add(new("media_ids[]", await WaitProcessedAsync(channel, media.Str("id")!, media, ct)));
        }

        var status = await CallAsync(channel, HttpMethod.Post, "api/v1/statuses", new FormUrlEncodedContent(fields), request.IdempotencyKey, ct);
        return Result(status);
    }

    public async Task<Reconciliation> FindAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Message.FirstAttemptAt is { } first && clock.GetUtcNow() - first < KeyLifetime)
        {
            // The instance still holds the key: asking again returns the original status, or makes the only one.
            return Reconciliation.Exists(await PostAsync(request, ct));
        }

        var me = await CallAsync(request.Channel, HttpMethod.Get, "api/v1/accounts/verify_credentials", null, null, ct);
        var statuses = await CallAsync(request.Channel, HttpMethod.Get, $"api/v1/accounts/{Uri.EscapeDataString(me.Str("id") ?? string.Empty)}/statuses?limit=40", null, null, ct);
        var link = WebUtility.HtmlEncode(request.Message.Link);
        var match = statuses.Items().FirstOrDefault(s => s.Str("content")?.Contains(link, StringComparison.Ordinal) ?? false);
        return match.ValueKind == JsonValueKind.Object ? Reconciliation.Exists(Result(match)) : Reconciliation.Absent;
    }

    /// <summary>
    /// DELETE /api/v1/statuses/{id} (docs/networks.md, Mastodon, "Menghapus"; needs write:statuses; 30 deletions per
    /// 30 minutes): 200 with the deleted status. Mastodon answers a status the account does not have (deleted, or
    /// another account's) with 404 <c>{"error":"Record not found"}</c>: deleted. A 404 without that answer (a wrong
    /// address, a proxy's page) is not taken for one.
    /// </summary>
    public async Task DeleteAsync(RemovalRequest request, CancellationToken ct)
    {
        var id = RemovalCalls.RemoteId(request);
        var channel = request.Channel;
        if (string.IsNullOrWhiteSpace(channel.BaseUrl))
        {
            throw new DeliveryFailureException(FailureKind.NeedsReauthorization, $"Alamat instance Mastodon (BaseUrl) belum diisi untuk saluran \"{channel.Name}\".");
        }

        await RemovalCalls.IdempotentAsync(async () =>
        {
            using var call = new HttpRequestMessage(HttpMethod.Delete, new Uri(channel.Root(channel.BaseUrl), "api/v1/statuses/" + Uri.EscapeDataString(id)));
            call.Headers.Authorization = new AuthenticationHeaderValue("Bearer", channel.Credential("AccessToken"));
            using var response = await SocialHttp.SendAsync(http, call, "Mastodon", ct);
            var json = await SocialHttp.JsonAsync(response, ct);
            return response.IsSuccessStatusCode || (response.StatusCode == HttpStatusCode.NotFound && json.Str("error") == "Record not found")
                ? true
                : throw MastodonErrors.Classify(call, response, json, clock.GetUtcNow());
        });
    }

    public async Task<string> CheckAsync(ResolvedChannel channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await LearnLimitsAsync(channel, ct);
        return "@" + (await CallAsync(channel, HttpMethod.Get, "api/v1/accounts/verify_credentials", null, null, ct)).Str("acct");
    }

    /// <summary>
    /// The instance's limits: <c>/api/v2/instance</c> (Mastodon 4.0 and later), else <c>/api/v1/instance</c> (its
    /// <c>configuration.statuses</c> since 3.4, or <c>max_toot_chars</c> on some forks), else the configured ones.
    /// </summary>
    private async Task<MastodonLimits> LearnLimitsAsync(ResolvedChannel channel, CancellationToken ct)
    {
        var fallback = limits.Value;
        var instance = await TryGetAsync(channel, "api/v2/instance", ct) ?? await TryGetAsync(channel, "api/v1/instance", ct);
        var statuses = instance?.Obj("configuration").Obj("statuses") ?? default;
        var learnt = new MastodonLimits
        {
            MaxCharacters = (int?)statuses.Number("max_characters") ?? (int?)instance?.Number("max_toot_chars") ?? fallback.MaxCharacters,
            CharactersReservedPerUrl = (int?)statuses.Number("characters_reserved_per_url") ?? fallback.CharactersReservedPerUrl,
        };
        instances.Learn(channel.Name, learnt);
        return learnt;
    }

    /// <summary>The upload an earlier attempt stored, once processed; null when the instance no longer has it (unattached uploads are cleaned up).</summary>
    private async Task<string?> StoredUploadAsync(DeliveryRequest request, string id, CancellationToken ct)
    {
        try
        {
            return await WaitProcessedAsync(request.Channel, id, null, ct);
        }
        catch (DeliveryFailureException failure) when (failure.InnerException is HttpRequestException { StatusCode: HttpStatusCode.NotFound })
        {
            await request.SaveProgressAsync(string.Empty, ct);
            request.Message.Progress = null;
            return null;
        }
    }

    /// <summary>A GET whose absence (404, 410: an older server) is an answer, not a failure.</summary>
    private async Task<JsonElement?> TryGetAsync(ResolvedChannel channel, string path, CancellationToken ct)
    {
        try
        {
            return await CallAsync(channel, HttpMethod.Get, path, null, null, ct);
        }
        catch (DeliveryFailureException failure) when (failure.InnerException is HttpRequestException { StatusCode: HttpStatusCode.NotFound or HttpStatusCode.Gone })
        {
            return null;
        }
    }

    /// <summary>
    /// GET /api/v1/media/{id} until the attachment has a url (206 while processing), within
    /// CrossPosting:ContainerPollAttempts × ContainerPollInterval; still processing after that is a 422 the status
    /// answers, which is transient.
    /// </summary>
    private async Task<string> WaitProcessedAsync(ResolvedChannel channel, string id, JsonElement? uploaded, CancellationToken ct)
    {
        var current = options.CurrentValue;
        var media = uploaded;
        for (var i = 0; i < current.ContainerPollAttempts && media?.Str("url") is null; i++)
        {
            if (media is not null)
            {
                await Task.Delay(current.ContainerPollInterval, clock, ct);
            }

            media = await CallAsync(channel, HttpMethod.Get, $"api/v1/media/{Uri.EscapeDataString(id)}", null, null, ct);
        }

        return id;
    }

    /// <summary>POST /api/v2/media (202 while processing). An unanswered upload is only an unused attachment: transient.</summary>
    private async Task<JsonElement> UploadAsync(ResolvedChannel channel, PostImage image, string? alt, CancellationToken ct)
    {
        try
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(image.Bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(image.ContentType);
            form.Add(file, "file", image.FileName);
            if (!string.IsNullOrWhiteSpace(alt))
            {
                form.Add(new StringContent(alt), "description");
            }

            var media = await CallAsync(channel, HttpMethod.Post, "api/v2/media", form, null, ct);
            return media.Str("id") is not null ? media : throw new DeliveryFailureException(FailureKind.Transient, "Mastodon menjawab unggahan tanpa id.");
        }
        catch (DeliveryFailureException failure) when (failure.Kind is FailureKind.Uncertain or FailureKind.Duplicate)
        {
            throw new DeliveryFailureException(FailureKind.Transient, failure.Message, null, failure);
        }
    }

    private async Task<JsonElement> CallAsync(ResolvedChannel channel, HttpMethod method, string path, HttpContent? content, string? idempotencyKey, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(channel.BaseUrl))
        {
            throw new DeliveryFailureException(FailureKind.NeedsReauthorization, $"Alamat instance Mastodon (BaseUrl) belum diisi untuk saluran \"{channel.Name}\".");
        }

        using var request = new HttpRequestMessage(method, new Uri(channel.Root(channel.BaseUrl), path)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", channel.Credential("AccessToken"));
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await SocialHttp.SendAsync(http, request, "Mastodon", ct);
        var json = await SocialHttp.JsonAsync(response, ct);
        return response.IsSuccessStatusCode
            ? json
            : throw MastodonErrors.Classify(request, response, json, clock.GetUtcNow(), new HttpRequestException(response.ReasonPhrase, null, response.StatusCode));
    }

    private static PostResult Result(JsonElement status) =>
        status.Str("id") is { } id ? new PostResult(id, status.Str("url")) : throw new DeliveryFailureException(FailureKind.Uncertain, "Mastodon menjawab tanpa id status.");
}
