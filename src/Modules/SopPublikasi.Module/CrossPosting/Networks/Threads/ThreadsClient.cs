using Microsoft.Extensions.Options;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks.Facebook;
using SopPublikasi.Module.CrossPosting.Networks.Instagram;
using SopPublikasi.Module.CrossPosting.Quota;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.CrossPosting.Networks.Threads;

/// <summary>
/// Threads (docs/networks.md, "Threads"): the publishing limit is read first (threads_publishing_limit; a spent quota
/// holds the channel instead of being refused); then a container is made (TEXT, or IMAGE with the cover's public
/// address, the same compliant JPEG Instagram fetches), its id stored at once; then, once its status is FINISHED, it
/// is published once. A lost answer to the publication is reconciled by finding the article's link among the
/// profile's recent threads.
/// </summary>
public sealed class ThreadsClient(HttpClient http, IOptions<SiteOptions> site, IOptionsMonitor<CrossPostingOptions> options, TimeProvider clock) : ISocialChannel, ISocialPostRemoval
{
    public string Type => ThreadsNetwork.Name;

    public async Task<PostResult> PostAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        await CheckPublishingLimitAsync(request, ct);
        var container = request.Message.Progress;
        if (string.IsNullOrEmpty(container))
        {
            container = await CreateContainerAsync(request, ct);
            await request.SaveProgressAsync(container, ct);
        }

        await WaitUntilFinishedAsync(request, container, ct);
        var published = await ThreadsCall.SendAsync(http, request.Channel, HttpMethod.Post, $"{User(request.Channel)}/threads_publish?creation_id={Uri.EscapeDataString(container)}", null, clock, ct);
        var id = published.Str("id") ?? throw new DeliveryFailureException(FailureKind.Uncertain, "Threads menjawab tanpa id kiriman.");
        return new PostResult(id, await PermalinkAsync(request.Channel, id, ct));
    }

    /// <summary>
    /// Nothing is published without a stored container. With one, the profile's recent threads are searched for the
    /// article's link; if it is not there and the container says PUBLISHED, a person has to look; otherwise the
    /// container is published (once) on the next attempt.
    /// </summary>
    public async Task<Reconciliation> FindAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Message.Progress is not { Length: > 0 } container)
        {
            return Reconciliation.Absent;
        }

        var recent = await ThreadsCall.SendAsync(http, request.Channel, HttpMethod.Get, $"{User(request.Channel)}/threads?fields=id,text,permalink,timestamp&limit=25", null, clock, ct);
        var match = recent.Obj("data").Items().FirstOrDefault(t => HasLink(t.Str("text"), request.Message.Link));
        if (match.Str("id") is { } id)
        {
            return Reconciliation.Exists(new PostResult(id, match.Str("permalink")));
        }

        return (await StatusAsync(request.Channel, container, ct)).Str("status") == "PUBLISHED"
            ? Reconciliation.Unknown("Kontainer Threads sudah diterbitkan, tetapi kirimannya tidak ditemukan di daftar terbaru: periksa profil, lalu tandai terkirim.")
            : Reconciliation.Absent;
    }

    /// <summary>
    /// DELETE /{threads-media-id} (docs/networks.md, Threads, "Menghapus"; needs threads_delete; 100 deletions a day):
    /// <c>{"success":true,"deleted_id":…}</c>. A post Threads does not have (code 100 / subcode 33, or 24 / 4279009
    /// "Media Not Found") counts as deleted; rate limits and tokens as <see cref="GraphErrors"/> reads them.
    /// </summary>
    public async Task DeleteAsync(RemovalRequest request, CancellationToken ct)
    {
        var id = RemovalCalls.RemoteId(request);
        try
        {
            var answer = await RemovalCalls.IdempotentAsync(() =>
                ThreadsCall.SendAsync(http, request.Channel, HttpMethod.Delete, Uri.EscapeDataString(id), null, ClassifyDelete, clock, ct));
            if (answer.ValueKind != System.Text.Json.JsonValueKind.Object || !answer.TryGetProperty("success", out var success) || success.ValueKind != System.Text.Json.JsonValueKind.True)
            {
                throw new DeliveryFailureException(FailureKind.Permanent, $"Threads tidak menyatakan kiriman {id} terhapus; periksa dan hapus langsung di profil.");
            }
        }
        catch (DeliveryFailureException failure) when (RemovalCalls.IsGone(failure))
        {
            // Already gone.
        }
    }

    /// <summary>"Does not exist" (100 / 33) and "Media Not Found" (24 / 4279009) marked as gone; the rest as Graph errors.</summary>
    public static DeliveryFailureException ClassifyDelete(HttpRequestMessage request, HttpResponseMessage response, System.Text.Json.JsonElement body, DateTimeOffset now)
    {
        var error = body.Obj("error");
        var (code, subcode) = (error.Number("code"), error.Number("error_subcode"));
        return (code == 100 && subcode == 33) || (code == 24 && subcode == 4279009)
            ? RemovalCalls.Gone($"Threads menjawab kode {code}: {error.Str("error_user_msg") ?? error.Str("message")}")
            : GraphErrors.Classify(ThreadsNetwork.Name, request, response, body, now);
    }

    public async Task<string> CheckAsync(ResolvedChannel channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var me = await ThreadsCall.SendAsync(http, channel, HttpMethod.Get, "me?fields=id,username", null, clock, ct);
        return "@" + (me.Str("username") ?? me.Str("id"));
    }

    /// <summary>True when <paramref name="text"/> holds <paramref name="link"/> as a whole word (".../rapat" is not in ".../rapat-desa").</summary>
    public static bool HasLink(string? text, string link)
    {
        ArgumentException.ThrowIfNullOrEmpty(link);
        for (var at = text?.IndexOf(link, StringComparison.Ordinal) ?? -1; at >= 0; at = text!.IndexOf(link, at + 1, StringComparison.Ordinal))
        {
            var end = at + link.Length;
            if ((at == 0 || char.IsWhiteSpace(text![at - 1])) && (end == text!.Length || char.IsWhiteSpace(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static string User(ResolvedChannel channel) => Uri.EscapeDataString(channel.Credential("UserId"));

    /// <summary>
    /// The profile's publishing quota over a rolling 24 hours (250 posts): when it is spent, the row waits and the
    /// quota is asked again after CrossPosting:Quota:ThreadsRecheck.
    /// </summary>
    private async Task CheckPublishingLimitAsync(DeliveryRequest request, CancellationToken ct)
    {
        var answer = await ThreadsCall.SendAsync(http, request.Channel, HttpMethod.Get, $"{User(request.Channel)}/threads_publishing_limit?fields=quota_usage,config", null, clock, ct);
        var limit = answer.Obj("data").Items().FirstOrDefault();
        if (limit.Number("quota_usage") is not { } used || limit.Obj("config").Number("quota_total") is not { } total)
        {
            return; // not said: publish, and the network's own refusal still waits
        }

        var now = clock.GetUtcNow();
        var window = TimeSpan.FromSeconds(limit.Obj("config").Number("quota_duration") ?? 86400);
        var reading = new QuotaReading(ThreadsNetwork.Name, "Kuota publikasi 24 jam Threads", Math.Max(0, total - used), total, null, now + options.CurrentValue.Quota.ThreadsRecheck, now + window, true, ExactReset: false);
        request.Observe(reading);
        if (used >= total)
        {
            throw new DeliveryFailureException(FailureKind.RateLimited, $"Threads: kuota publikasi habis ({used} dari {total} dalam 24 jam).", reading.ResetAt);
        }
    }

    /// <summary>An unanswered container creation leaves at most an unpublished container that expires: transient.</summary>
    private async Task<string> CreateContainerAsync(DeliveryRequest request, CancellationToken ct)
    {
        var message = request.Message;
        var fields = new Dictionary<string, string> { ["text"] = message.Text };
        if (message.ImageId is { } imageId)
        {
            fields["media_type"] = "IMAGE";
            fields["image_url"] = site.Value.AbsoluteUrl(InstagramClient.ImagePath(imageId));
        }
        else
        {
            fields["media_type"] = "TEXT";
        }

        try
        {
            using var content = new FormUrlEncodedContent(fields);
            var created = await ThreadsCall.SendAsync(http, request.Channel, HttpMethod.Post, $"{User(request.Channel)}/threads", content, clock, ct);
            return created.Str("id") ?? throw new DeliveryFailureException(FailureKind.Transient, "Threads menjawab tanpa id kontainer.");
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
            var status = await StatusAsync(request.Channel, container, ct);
            switch (status.Str("status"))
            {
                case "FINISHED":
                    return;
                case "PUBLISHED":
                    throw new DeliveryFailureException(FailureKind.Duplicate, "Kontainer Threads ini sudah diterbitkan.");
                case "ERROR":
                    throw new DeliveryFailureException(FailureKind.Permanent, $"Threads gagal memproses kiriman (status ERROR: {status.Str("error_message") ?? "tanpa keterangan"}).");
                case "EXPIRED":
                    await request.SaveProgressAsync(string.Empty, ct);
                    request.Message.Progress = null;
                    throw new DeliveryFailureException(FailureKind.Transient, "Kontainer Threads kedaluwarsa; dibuat ulang pada percobaan berikutnya.");
                default:
                    await Task.Delay(current.ContainerPollInterval, clock, ct);
                    break;
            }
        }

        throw new DeliveryFailureException(FailureKind.Transient, "Threads belum selesai memproses kiriman; dicoba lagi nanti.");
    }

    /// <summary>The container's <c>status</c> (IN_PROGRESS, FINISHED, PUBLISHED, ERROR, EXPIRED) and, on ERROR, its <c>error_message</c>.</summary>
    private Task<System.Text.Json.JsonElement> StatusAsync(ResolvedChannel channel, string container, CancellationToken ct) =>
        ThreadsCall.SendAsync(http, channel, HttpMethod.Get, $"{Uri.EscapeDataString(container)}?fields=status,error_message", null, clock, ct);

    private async Task<string?> PermalinkAsync(ResolvedChannel channel, string id, CancellationToken ct)
    {
        try
        {
            return (await ThreadsCall.SendAsync(http, channel, HttpMethod.Get, $"{Uri.EscapeDataString(id)}?fields=permalink", null, clock, ct)).Str("permalink");
        }
        catch (DeliveryFailureException)
        {
            return null; // the post exists; its link is a nicety
        }
    }
}
