using System.Net;
using System.Text.Json;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Notifications;

namespace SopPublikasi.Module.Push;

/// <summary>
/// Sends due pushes (Lib.Net.Http.WebPush: the payload encrypted for the device, RFC 8291, signed with VAPID,
/// RFC 8292). Each row is claimed with a lease first, so that one instance sends it. A 201 marks it delivered;
/// 404/410 means the subscription is gone: the device is removed; 429, 5xx, a refused connection or a timeout are
/// retried with backoff until the attempts are spent; any other refusal (400, 401, 403, 413) is final.
/// </summary>
public sealed partial class PushSender(
    IServiceScopeFactory scopes,
    IHttpClientFactory http,
    PushSignal signal,
    IOptionsMonitor<PushOptions> options,
    Operations.SopMetrics metrics,
    TimeProvider clock,
    ILogger<PushSender> logger) : SignalledPoller(signal, logger)
{
    public const string ClientName = "push";

    /// <summary>What the payload may take of the 4096 bytes a push service accepts, leaving room for the encryption's header, tag and padding.</summary>
    public const int MaxPayloadBytes = 3000;

    // Not embedded in HTML: letters stay as they are, so a text in Bahasa Indonesia is not six bytes per accent.
    private static readonly JsonSerializerOptions PayloadJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected override TimeSpan PollInterval => options.CurrentValue.PollInterval;

    public override async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var current = options.CurrentValue;
        if (!current.Enabled)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.PushDeliveries
            .Where(d => d.Status == PushStatus.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt)
            .Take(20)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        using var vapid = new VapidAuthentication(current.VapidPublicKey!.Trim(), current.VapidPrivateKey!.Trim()) { Subject = current.Subject };
        var client = new PushServiceClient(http.CreateClient(ClientName))
        {
            AutoRetryAfter = false,
            DefaultAuthentication = vapid,
            DefaultAuthenticationScheme = VapidAuthenticationScheme.Vapid,
        };
        var sent = 0;
        foreach (var delivery in due)
        {
            if (!await ClaimAsync(db, delivery, current, ct))
            {
                continue; // another instance took it
            }

            await SendAsync(db, client, delivery, current, ct);
            await db.SaveChangesAsync(ct);
            metrics.Delivery("push", delivery.Status switch
            {
                PushStatus.Delivered => "sent",
                PushStatus.Pending => "retry",
                _ => "failed",
            });
            sent++;
        }

        return sent;
    }

    /// <summary>The payload the service worker shows: the notification's own text and link, nothing else about anyone.</summary>
    public static string Payload(UserNotification n)
    {
        ArgumentNullException.ThrowIfNull(n);
        var body = n.Body;
        while (true)
        {
            var json = JsonSerializer.Serialize(new PushPayload(n.Title, body, n.Link), PayloadJson);
            if (System.Text.Encoding.UTF8.GetByteCount(json) <= MaxPayloadBytes || body.Length == 0)
            {
                return json;
            }

            body = body[..Math.Max(0, body.Length - Math.Max(50, body.Length / 4))].TrimEnd() + "…";
            if (body == "…")
            {
                body = string.Empty;
            }
        }
    }

    private async Task<bool> ClaimAsync(SopDbContext db, PushDelivery delivery, PushOptions current, CancellationToken ct)
    {
        var readAt = delivery.NextAttemptAt;
        var leaseUntil = clock.GetUtcNow() + current.Timeout + TimeSpan.FromMinutes(1);
        var claimed = await db.PushDeliveries
            .Where(d => d.Id == delivery.Id && d.Status == PushStatus.Pending && d.NextAttemptAt == readAt)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, leaseUntil), ct);
        if (claimed == 0)
        {
            db.Entry(delivery).State = EntityState.Detached;
            return false;
        }

        return true;
    }

    private async Task SendAsync(SopDbContext db, PushServiceClient client, PushDelivery delivery, PushOptions current, CancellationToken ct)
    {
        delivery.Attempts++;
        var device = delivery.DeviceId is { } deviceId ? await db.PushDevices.SingleOrDefaultAsync(d => d.Id == deviceId, ct) : null;
        var notification = await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == delivery.NotificationId, ct);
        if (device is null || notification is null)
        {
            delivery.Status = PushStatus.Failed;
            delivery.LastError = "Perangkat sudah dihapus.";
            return;
        }

        var subscription = new PushSubscription { Endpoint = device.Endpoint };
        subscription.SetKey(PushEncryptionKeyName.P256DH, device.P256dh);
        subscription.SetKey(PushEncryptionKeyName.Auth, device.Auth);
        var message = new PushMessage(Payload(notification))
        {
            TimeToLive = (int)current.TimeToLive.TotalSeconds,
            Urgency = PushMessageUrgency.Normal,
        };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(current.Timeout);
            await client.RequestPushMessageDeliveryAsync(subscription, message, timeout.Token);
            delivery.Status = PushStatus.Delivered;
            delivery.DeliveredAt = clock.GetUtcNow();
            delivery.LastStatusCode = (int)HttpStatusCode.Created;
            delivery.LastError = null;
            device.LastSuccessAt = delivery.DeliveredAt;
        }
        catch (PushServiceClientException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            // The browser unsubscribed or the push service dropped it: this device will never receive again.
            LogGone(logger, device.Id, (int)ex.StatusCode);
            delivery.LastStatusCode = (int)ex.StatusCode;
            delivery.Status = PushStatus.Gone;
            delivery.LastError = $"Layanan push menjawab {(int)ex.StatusCode}: langganan sudah tidak berlaku.";
            delivery.DeviceId = null;
            delivery.Device = null;
            db.PushDevices.Remove(device);
        }
        catch (PushServiceClientException ex)
        {
            delivery.LastStatusCode = (int)ex.StatusCode;
            var error = $"Layanan push menjawab {(int)ex.StatusCode} {ex.Message}".Trim();
            LogRefused(logger, delivery.Id, (int)ex.StatusCode, ex.Message);
            if (ex.StatusCode == HttpStatusCode.TooManyRequests || (int)ex.StatusCode >= 500)
            {
                Retry(delivery, error, current);
            }
            else
            {
                delivery.Status = PushStatus.Failed;
                delivery.LastError = Cut(error);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            LogSendFailed(logger, delivery.Id, ex.Message);
            Retry(delivery, ex is OperationCanceledException ? "Waktu tunggu habis." : Security.Outbound.PrivateTargetException.In(ex)?.Message ?? ex.Message, current);
        }
    }

    private void Retry(PushDelivery delivery, string error, PushOptions current)
    {
        delivery.LastError = Cut(error);
        if (delivery.Attempts >= current.MaxAttempts)
        {
            delivery.Status = PushStatus.Failed;
            delivery.NextAttemptAt = null;
            return;
        }

        delivery.NextAttemptAt = clock.GetUtcNow() + RetryPolicy.Delay(delivery.Attempts, Random.Shared.NextDouble(), current.FirstRetryDelay);
    }

    private static string Cut(string error) => error.Length > 1000 ? error[..1000] : error;

    [LoggerMessage(Level = LogLevel.Information, Message = "Push subscription of device {DeviceId} is gone ({Status}); the device was removed")]
    private static partial void LogGone(ILogger logger, long deviceId, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Push {DeliveryId} refused with {Status}: {Error}")]
    private static partial void LogRefused(ILogger logger, long deliveryId, int status, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Push {DeliveryId} failed: {Error}")]
    private static partial void LogSendFailed(ILogger logger, long deliveryId, string error);
}

/// <summary>What the service worker receives (JSON wire names in Indonesian): the title, the text and where a click leads.</summary>
public sealed record PushPayload(
    [property: System.Text.Json.Serialization.JsonPropertyName("judul")] string Judul,
    [property: System.Text.Json.Serialization.JsonPropertyName("isi")] string Isi,
    [property: System.Text.Json.Serialization.JsonPropertyName("tautan")] string? Tautan);

/// <summary>The pushes still waiting, for the outbox gauges.</summary>
public sealed class PendingPushes : Operations.IPendingWork
{
    public string Outbox => "push";

    public IQueryable<DateTimeOffset> PendingSince(SopDbContext db) =>
        db.PushDeliveries.AsNoTracking().Where(d => d.Status == PushStatus.Pending).Select(d => d.Notification!.CreatedAt);
}
