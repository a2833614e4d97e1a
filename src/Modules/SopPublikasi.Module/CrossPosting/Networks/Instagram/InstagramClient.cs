using Microsoft.Extensions.Options;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks.Facebook;
using SopPublikasi.Module.CrossPosting.Quota;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.CrossPosting.Networks.Instagram;

/// <summary>
/// Instagram (Graph API, professional account): create a container from the compliant JPEG's public URL, store its id
/// at once, poll its status until FINISHED, then publish it once. A lost answer is reconciled through the stored
/// container: PUBLISHED means the post exists (found among recent media by caption), FINISHED means publish it. The
/// publishing quota is read first (content_publishing_limit): a spent quota waits instead of being refused.
/// </summary>
public sealed class InstagramClient(
    HttpClient http, IOptions<SiteOptions> site, IOptionsMonitor<CrossPostingOptions> options, IOptionsMonitor<GraphApiOptions> graph, TimeProvider clock) : ISocialChannel
{
    private const string Network = "Instagram";

    public string Type => InstagramNetwork.Name;

    public static string ImagePath(Guid imageId) => $"/media/{imageId}/instagram.jpg";

    public async Task<PostResult> PostAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        await CheckPublishingLimitAsync(request, ct);
        var message = request.Message;
        var container = message.Progress;
        if (string.IsNullOrEmpty(container))
        {
            if (message.ImageId is not { } imageId)
            {
                throw new DeliveryFailureException(FailureKind.Permanent, "Instagram mewajibkan gambar; artikel tidak memiliki gambar sampul.");
            }

            container = await CreateContainerAsync(request, imageId, ct);
            await request.SaveProgressAsync(container, ct);
        }

        await WaitUntilFinishedAsync(request, container, ct);
        var user = Uri.EscapeDataString(request.Channel.Credential("UserId"));
        var published = await GraphCall.SendAsync(http, Root(request.Channel), request, Network, HttpMethod.Post, $"{user}/media_publish?creation_id={Uri.EscapeDataString(container)}", null, clock, ct);
        var id = published.Str("id") ?? throw new DeliveryFailureException(FailureKind.Uncertain, "Instagram menjawab tanpa id kiriman.");
        return new PostResult(id, await PermalinkAsync(request.Channel, id, ct));
    }

    public async Task<Reconciliation> FindAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Message.Progress is not { Length: > 0 } container)
        {
            return Reconciliation.Absent; // nothing is published without a container
        }

        var status = await StatusAsync(request.Channel, container, ct);
        if (status != "PUBLISHED")
        {
            return Reconciliation.Absent; // publishing it (once) is the next step
        }

        var user = Uri.EscapeDataString(request.Channel.Credential("UserId"));
        var media = await GraphCall.SendAsync(http, Root(request.Channel), request.Channel, Network, HttpMethod.Get, $"{user}/media?fields=id,caption,permalink&limit=25", null, clock, ct);
        var match = media.Obj("data").Items().FirstOrDefault(m => string.Equals(m.Str("caption"), request.Message.Text, StringComparison.Ordinal));
        return match.Str("id") is { } id
            ? Reconciliation.Exists(new PostResult(id, match.Str("permalink")))
            : Reconciliation.Unknown("Kontainer Instagram sudah diterbitkan, tetapi kirimannya tidak ditemukan di daftar terbaru: periksa akun, lalu tandai terkirim.");
    }

    public async Task<string> CheckAsync(ResolvedChannel channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var me = await GraphCall.SendAsync(http, Root(channel), channel, Network, HttpMethod.Get, $"{Uri.EscapeDataString(channel.Credential("UserId"))}?fields=id,username", null, clock, ct);
        return "@" + (me.Str("username") ?? me.Str("id"));
    }

    /// <summary>
    /// Reads the account's publishing quota (a rolling 24 hours) before anything is made: when it is spent, the row waits
    /// and is asked again after CrossPosting:Quota:InstagramRecheck, instead of being refused (code 9, 2207042).
    /// </summary>
    private async Task CheckPublishingLimitAsync(DeliveryRequest request, CancellationToken ct)
    {
        var user = Uri.EscapeDataString(request.Channel.Credential("UserId"));
        var limit = (await GraphCall.SendAsync(http, Root(request.Channel), request, Network, HttpMethod.Get, $"{user}/content_publishing_limit?fields=config,quota_usage", null, clock, ct)).Obj("data").Items().FirstOrDefault();
        if (limit.Number("quota_usage") is not { } used || limit.Obj("config").Number("quota_total") is not { } total)
        {
            return; // not said: publish, and the network's own refusal still waits
        }

        var now = clock.GetUtcNow();
        var window = TimeSpan.FromSeconds(limit.Obj("config").Number("quota_duration") ?? 86400);
        var reading = new QuotaReading(Network, "Kuota publikasi 24 jam Instagram", Math.Max(0, total - used), total, null, now + options.CurrentValue.Quota.InstagramRecheck, now + window, true, ExactReset: false);
        request.Observe(reading);
        if (used >= total)
        {
            throw new DeliveryFailureException(FailureKind.RateLimited, $"Instagram: kuota publikasi habis ({used} dari {total} dalam 24 jam).", reading.ResetAt);
        }
    }

    /// <summary>An unanswered container creation leaves at most an unpublished container that expires: transient.</summary>
    private async Task<string> CreateContainerAsync(DeliveryRequest request, Guid imageId, CancellationToken ct)
    {
        var fields = new Dictionary<string, string>
        {
            ["image_url"] = site.Value.AbsoluteUrl(ImagePath(imageId)),
            ["caption"] = request.Message.Text,
        };
        if (!string.IsNullOrWhiteSpace(request.Message.ImageAlt))
        {
            fields["alt_text"] = request.Message.ImageAlt.Length > 1000 ? request.Message.ImageAlt[..1000] : request.Message.ImageAlt;
        }

        try
        {
            using var content = new FormUrlEncodedContent(fields);
            var created = await GraphCall.SendAsync(http, Root(request.Channel), request, Network, HttpMethod.Post, $"{Uri.EscapeDataString(request.Channel.Credential("UserId"))}/media", content, clock, ct);
            return created.Str("id") ?? throw new DeliveryFailureException(FailureKind.Transient, "Instagram menjawab tanpa id kontainer.");
        }
        catch (DeliveryFailureException failure) when (failure.Kind is FailureKind.Uncertain or FailureKind.Duplicate)
        {
            throw new DeliveryFailureException(FailureKind.Transient, failure.Message, null, failure);
        }
    }

    private async Task WaitUntilFinishedAsync(DeliveryRequest request, string container, CancellationToken ct)
    {
        var current = options.CurrentValue;
        for (var i = 0; i < current.ContainerPollAttempts; i++)
        {
            switch (await StatusAsync(request.Channel, container, ct))
            {
                case "FINISHED":
                    return;
                case "PUBLISHED":
                    throw new DeliveryFailureException(FailureKind.Duplicate, "Kontainer Instagram ini sudah diterbitkan.");
                case "ERROR":
                    throw new DeliveryFailureException(FailureKind.Permanent, "Instagram gagal memproses gambar (status ERROR).");
                case "EXPIRED":
                    await request.SaveProgressAsync(string.Empty, ct);
                    request.Message.Progress = null;
                    throw new DeliveryFailureException(FailureKind.Transient, "Kontainer Instagram kedaluwarsa; dibuat ulang pada percobaan berikutnya.");
                default:
                    await Task.Delay(current.ContainerPollInterval, clock, ct);
                    break;
            }
        }

        throw new DeliveryFailureException(FailureKind.Transient, "Instagram belum selesai memproses gambar; dicoba lagi nanti.");
    }

    /// <summary>graph.facebook.com for a Facebook Login token; an Instagram Login token's channel sets its address to graph.instagram.com.</summary>
    private Uri Root(ResolvedChannel channel) => graph.CurrentValue.Root(channel, GraphCall.FacebookHost);

    private async Task<string?> StatusAsync(ResolvedChannel channel, string container, CancellationToken ct) =>
        (await GraphCall.SendAsync(http, Root(channel), channel, Network, HttpMethod.Get, $"{Uri.EscapeDataString(container)}?fields=status_code", null, clock, ct)).Str("status_code");

    private async Task<string?> PermalinkAsync(ResolvedChannel channel, string id, CancellationToken ct)
    {
        try
        {
            return (await GraphCall.SendAsync(http, Root(channel), channel, Network, HttpMethod.Get, $"{Uri.EscapeDataString(id)}?fields=permalink", null, clock, ct)).Str("permalink");
        }
        catch (DeliveryFailureException)
        {
            return null; // the post exists; its link is a nicety
        }
    }
}
