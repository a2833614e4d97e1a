using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Webhooks;

/// <summary>
/// Sends due deliveries, signed, one POST each. A 2xx answer marks it delivered; anything else (error status,
/// refused connection, timeout) is retried with backoff until the attempts are spent. Rows are never lost:
/// the attempt count and next time are stored, so retries survive restarts.
/// </summary>
public sealed class WebhookDispatcher(
    IServiceScopeFactory scopes,
    IHttpClientFactory http,
    WebhookSignal signal,
    IOptionsMonitor<WebhookOptions> options,
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
        foreach (var delivery in due)
        {
            await SendAsync(delivery, subscriptions.GetValueOrDefault(delivery.SubscriptionId), secrets, ct);
            await db.SaveChangesAsync(ct);
        }

        return due.Count;
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
            var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
            using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
            {
                Content = new StringContent(delivery.Payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
            };
            request.Headers.Add(WebhookSigner.EventHeader, delivery.Event);
            request.Headers.Add(WebhookSigner.DeliveryHeader, delivery.Id.ToString());
            request.Headers.Add(WebhookSigner.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookSigner.SignatureHeader, WebhookSigner.Sign(secrets.Unprotect(subscription.ProtectedSecret), timestamp, delivery.Payload));
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
            Retry(delivery, ex is OperationCanceledException ? "Waktu tunggu habis." : ex.Message, current);
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
