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
/// recent statuses for the article's link.
/// </summary>
public sealed class MastodonClient(HttpClient http, MastodonInstanceLimits instances, IOptions<MastodonLimits> limits, TimeProvider clock) : ISocialChannel
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
        if (await request.LoadImageAsync(ct) is { } image)
        {
            fields.Add(new("media_ids[]", await UploadAsync(channel, image, request.Message.ImageAlt, ct)));
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

    public async Task<string> CheckAsync(ResolvedChannel channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await LearnLimitsAsync(channel, ct);
        return "@" + (await CallAsync(channel, HttpMethod.Get, "api/v1/accounts/verify_credentials", null, null, ct)).Str("acct");
    }

    private async Task<MastodonLimits> LearnLimitsAsync(ResolvedChannel channel, CancellationToken ct)
    {
        var statuses = (await CallAsync(channel, HttpMethod.Get, "api/v2/instance", null, null, ct)).Obj("configuration").Obj("statuses");
        var fallback = limits.Value;
        var learnt = new MastodonLimits
        {
            MaxCharacters = (int?)statuses.Number("max_characters") ?? fallback.MaxCharacters,
            CharactersReservedPerUrl = (int?)statuses.Number("characters_reserved_per_url") ?? fallback.CharactersReservedPerUrl,
        };
        instances.Learn(channel.Name, learnt);
        return learnt;
    }

    /// <summary>POST /api/v2/media; 202 means processing: poll until the attachment has a url. An unanswered upload is only an unused attachment: transient.</summary>
    private async Task<string> UploadAsync(ResolvedChannel channel, PostImage image, string? alt, CancellationToken ct)
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
            var id = media.Str("id") ?? throw new DeliveryFailureException(FailureKind.Transient, "Mastodon menjawab unggahan tanpa id.");
            for (var i = 0; i < 20 && media.Str("url") is null; i++)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), clock, ct);
                media = await CallAsync(channel, HttpMethod.Get, $"api/v1/media/{Uri.EscapeDataString(id)}", null, null, ct);
            }

            return id;
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
        return response.IsSuccessStatusCode ? json : throw MastodonErrors.Classify(request, response, json, clock.GetUtcNow());
    }

    private static PostResult Result(JsonElement status) =>
        status.Str("id") is { } id ? new PostResult(id, status.Str("url")) : throw new DeliveryFailureException(FailureKind.Uncertain, "Mastodon menjawab tanpa id status.");
}
