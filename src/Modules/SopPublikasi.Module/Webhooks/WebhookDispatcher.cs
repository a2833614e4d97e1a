using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Webhooks;

/// <summary>
/// Sends due deliveries, signed by Standard Webhooks v1 (<see cref="WebhookSigner"/>), one POST each. A 2xx answer marks it delivered; anything else (error status,
/// refused connection, timeout) is retried with backoff until the attempts are spent. Rows are never lost:
/// the attempt count and next time are stored, so retries survive restarts.
/// </summary>
public sealed class WebhookDispatcher(
    IServiceScopeFactory scopes,
    IHttpClientFactory http,
    WebhookSignal signal,
    IOptionsMonitor<WebhookOptions> options,
    Operations.SopMetrics metrics,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger) : SignalledPoller(signal, logger)
{
    public const string ClientName = "webhooks";

    protected override TimeSpan PollInterval => options.CurrentValue.PollInterval;

    public override async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
        var secrets = scope.ServiceProvider.GetRequiredService<WebhookSecrets>();
        var now = clock.GetUtcNow();
        var due = await db.WebhookDeliveries
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt)
            .Take(20)
            .ToListAsync(ct);
        var ids = due.Select(d => d.SubscriptionId).Distinct().ToList();
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var sent = 0;
        foreach (var delivery in due)
        {
            if (!await ClaimAsync(db, delivery, ct))
            {
                continue; // another instance took it
            }

            await SendAsync(delivery, subscriptions.GetValueOrDefault(delivery.SubscriptionId), secrets, ct);
            await db.SaveChangesAsync(ct);
            metrics.Delivery("webhook", delivery.Status switch
            {
                DeliveryStatus.Delivered => "sent",
                DeliveryStatus.Failed => "failed",
                _ => "retry",
            });
            sent++;
        }

        return sent;
    }

    /// <summary>
    /// Takes a lease on the row with one conditional UPDATE: it moves NextAttemptAt past the send's timeout only if
    /// the row is still pending at the time this instance read. Of several instances reading the same row, exactly
    /// one changes it; the others see 0 rows and skip. If this instance dies mid-send, the lease runs out and the
    /// row is due again (at least once; receivers deduplicate on the delivery id header).
    /// </summary>
    private async Task<bool> ClaimAsync(SopDbContext db, WebhookDelivery delivery, CancellationToken ct)
    {
        var readAt = delivery.NextAttemptAt;
        var leaseUntil = clock.GetUtcNow() + options.CurrentValue.Timeout + TimeSpan.FromMinutes(1);
        var claimed = await db.WebhookDeliveries
            .Where(d => d.Id == delivery.Id && d.Status == DeliveryStatus.Pending && d.NextAttemptAt == readAt)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, leaseUntil), ct);
        if (claimed == 0)
        {
            db.Entry(delivery).State = EntityState.Detached;
            return false;
        }

        return true;
    }

    private async Task SendAsync(WebhookDelivery delivery, WebhookSubscription? subscription, WebhookSecrets secrets, CancellationToken ct)
    {
        var current = options.CurrentValue;
        delivery.Attempts++;
        if (subscription is null || !subscription.Active)
        {
            delivery.Status = DeliveryStatus.Failed;
            delivery.LastError = "Webhook dihapus atau dinonaktifkan.";
            return;
        }

        try
        {
            var now = clock.GetUtcNow();
            var timestamp = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var id = delivery.Id.ToString();
            var signing = secrets.SigningSecrets(subscription, now);
            using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
            {
                Content = new StringContent(delivery.Payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
            };
            request.Headers.Add(WebhookSigner.IdHeader, id);
            request.Headers.Add(WebhookSigner.TimestampHeader, timestamp);
            request.Headers.Add(WebhookSigner.SignatureHeader, WebhookSigner.SignatureHeaderValue(signing, id, now.ToUnixTimeSeconds(), delivery.Payload));
            request.Headers.Add(WebhookSigner.EventHeader, delivery.Event);

            // Deprecated, sent for one more release (README, "Webhooks"): signed with the current secret only.
            request.Headers.Add(WebhookSigner.LegacyDeliveryHeader, id);
            request.Headers.Add(WebhookSigner.LegacyTimestampHeader, timestamp);
            request.Headers.Add(WebhookSigner.LegacySignatureHeader, WebhookSigner.SignLegacy(signing[0], now.ToUnixTimeSeconds(), delivery.Payload));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(current.Timeout);
            using var response = await http.CreateClient(ClientName).SendAsync(request, timeout.Token);
            delivery.LastStatusCode = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                delivery.Status = DeliveryStatus.Delivered;
                delivery.DeliveredAt = clock.GetUtcNow();
                delivery.LastError = null;
                return;
            }

            Retry(delivery, $"Penerima menjawab {(int)response.StatusCode} {response.ReasonPhrase}.", current);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogWarning("Webhook delivery {DeliveryId} to {Url} failed: {Error}", delivery.Id, subscription.Url, ex.Message);
            Retry(delivery, ex is OperationCanceledException ? "Waktu tunggu habis." : Security.Outbound.PrivateTargetException.In(ex)?.Message ?? ex.Message, current);
        }
    }

    private void Retry(WebhookDelivery delivery, string error, WebhookOptions current)
    {
        delivery.LastError = error;
        if (delivery.Attempts >= current.MaxAttempts)
        {
            delivery.Status = DeliveryStatus.Failed;
            return;
        }

        delivery.NextAttemptAt = clock.GetUtcNow() + RetryPolicy.Delay(delivery.Attempts, Random.Shared.NextDouble(), current.FirstRetryDelay);
    }
}
