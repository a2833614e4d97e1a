using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>
/// Sends due outbox rows through their channel. Woken by <see cref="OutboxSignal"/> after an approval, and by a
/// poll interval otherwise. Each round has its own DI scope, and a failing round is logged, never fatal.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IOptionsMonitor<CrossPostingOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : SignalledPoller(signal, logger)
{
    protected override TimeSpan PollInterval => options.CurrentValue.PollInterval;

    public override async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
        var channels = scope.ServiceProvider.GetServices<ISocialChannel>().ToDictionary(c => c.Type, StringComparer.OrdinalIgnoreCase);
        var now = clock.GetUtcNow();
        var due = await db.Outbox
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt)
            .Take(20)
            .ToListAsync(ct);

        var webhooks = scope.ServiceProvider.GetRequiredService<WebhookWriter>();
        var current = options.CurrentValue;
        foreach (var message in due)
        {
            await SendAsync(message, channels, current, ct);
            if (message.Status != OutboxStatus.Pending)
            {
                await webhooks.EnqueueAsync(
                    message.Status == OutboxStatus.Sent ? WebhookEvents.CrossPostTerkirim : WebhookEvents.CrossPostGagal,
                    new { message.MateriId, kanal = message.Channel, jenis = message.ChannelType, message.RemoteId, message.RemoteUrl, galat = message.LastError, percobaan = message.Attempts },
                    ct);
            }

            await db.SaveChangesAsync(ct);
        }

        if (due.Count > 0)
        {
            webhooks.Committed();
        }

        return due.Count;
    }

    private async Task SendAsync(OutboxMessage message, Dictionary<string, ISocialChannel> channels, CrossPostingOptions current, CancellationToken ct)
    {
        message.Attempts++;
        if (!current.Channels.TryGetValue(message.Channel, out var channelOptions) || !channels.TryGetValue(message.ChannelType, out var channel))
        {
            message.MarkFailed($"Kanal \"{message.Channel}\" tidak lagi dikonfigurasi.");
            return;
        }

        try
        {
            message.MarkSent(await channel.PostAsync(message, channelOptions, ct), clock.GetUtcNow());
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Cross-post {OutboxId} to {Channel} failed (attempt {Attempt})", message.Id, message.Channel, message.Attempts);
            message.MarkAttemptFailed(ex.Message, clock.GetUtcNow(), current.MaxAttempts, Random.Shared.NextDouble());
        }
    }
}
