using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Quota;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>
/// Sends due outbox rows through their channel. Woken by <see cref="OutboxSignal"/> right after an approval commits,
/// and by a poll interval otherwise. Each row is claimed with a lease first (<see cref="OutboxClaims"/>), so several
/// instances can run side by side; rows of a paused channel are left alone, those of a rate-limited channel wait
/// until its reset with the reason (<see cref="OutboxClaims.HoldAsync"/>). Rows of a hand-off network (WhatsApp,
/// <see cref="Networks.SocialNetwork.SentByHand"/>) are never picked up.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IOptionsMonitor<CrossPostingOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger,
    Networks.SocialNetworks networks) : SignalledPoller(signal, logger)
{
    /// <summary>This instance's name on the rows it holds.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override TimeSpan PollInterval => options.CurrentValue.PollInterval;

    public override async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        List<(Guid Id, OutboxStatus Status, string Channel)> due;
        Dictionary<string, ResolvedChannel> channels;
        var now = clock.GetUtcNow();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
            var claims = scope.ServiceProvider.GetRequiredService<OutboxClaims>();
            await claims.ExpireLeasesAsync(now, ct);
            channels = (await scope.ServiceProvider.GetRequiredService<ChannelDirectory>().AllAsync(ct)).ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
            var blocked = channels.Values.Where(c => c.Paused || c.RateLimitedUntil > now).Select(c => c.Name).ToList();
            foreach (var limited in channels.Values.Where(c => !c.Paused && c.RateLimitedUntil > now))
            {
                var until = limited.RateLimitedUntil!.Value;
                await claims.HoldAsync(limited.Name, until, limited.RateLimitReason ?? QuotaRules.RateLimitedReason(limited.Type, until), ct);
            }

            // A hand-off network's rows (WhatsApp) wait for a person whatever their state: nothing here may send them.
            var handOff = networks.HandOffTypes.ToArray();
            var rows = await db.Outbox.AsNoTracking()
                .Where(m => (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Waiting || m.Status == OutboxStatus.Uncertain)
                    && m.NextAttemptAt <= now && !blocked.Contains(m.Channel) && !handOff.Contains(m.ChannelType))
                .OrderBy(m => m.NextAttemptAt)
                .Select(m => new { m.Id, m.Status, m.Channel })
                .Take(20)
                .ToListAsync(ct);
            due = [.. rows.Select(r => (r.Id, r.Status, r.Channel))];
        }

        var skipped = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var handled = 0;
        foreach (var (id, status, channel) in due.Where(r => !skipped.Contains(r.Channel)))
        {
            if (skipped.Contains(channel))
            {
                continue;
            }

            await using var scope = scopes.CreateAsyncScope();
            var lease = options.CurrentValue.LeaseDuration;
            if (!await scope.ServiceProvider.GetRequiredService<OutboxClaims>().TryClaimAsync(id, status, Owner, clock.GetUtcNow(), lease, ct))
            {
                continue; // another instance took it
            }

            handled++;
            var processor = scope.ServiceProvider.GetRequiredService<DeliveryProcessor>();
            if (await processor.ProcessAsync(id, Owner, status == OutboxStatus.Uncertain, channels.GetValueOrDefault(channel), ct) is { } skip)
            {
                skipped.Add(skip);
            }
        }

        return handled + await RemoveDueAsync(channels, ct);
    }

    /// <summary>
    /// The withdrawn articles' posts: removals waiting for a post in flight are settled, then each due removal is claimed
    /// with a lease (<see cref="Removal.RemovalClaims"/>) and deleted by its network (<see cref="Removal.RemovalProcessor"/>).
    /// </summary>
    private async Task<int> RemoveDueAsync(Dictionary<string, ResolvedChannel> channels, CancellationToken ct)
    {
        List<(Guid Id, Removal.RemovalStatus Status, string Channel)> due;
        int settled;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
            var claims = scope.ServiceProvider.GetRequiredService<Removal.RemovalClaims>();
            var now = clock.GetUtcNow();
            await claims.ExpireLeasesAsync(now, ct);
            settled = await claims.SettleAwaitingAsync(networks, now, ct);
            var paused = channels.Values.Where(c => c.Paused).Select(c => c.Name).ToList(); // resumed by "Lanjutkan saluran"
            var rows = await db.OutboxRemovals.AsNoTracking()
                .Where(r => (r.Status == Removal.RemovalStatus.Pending || r.Status == Removal.RemovalStatus.Waiting) && r.NextAttemptAt <= now && !paused.Contains(r.Channel))
                .OrderBy(r => r.NextAttemptAt)
                .Select(r => new { r.Id, r.Status, r.Channel })
                .Take(20)
                .ToListAsync(ct);
            due = [.. rows.Select(r => (r.Id, r.Status, r.Channel))];
        }

        var handled = 0;
        foreach (var (id, status, channel) in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<Removal.RemovalClaims>().TryClaimAsync(id, status, Owner, clock.GetUtcNow(), options.CurrentValue.LeaseDuration, ct))
            {
                continue; // another instance took it
            }

            handled++;
            await scope.ServiceProvider.GetRequiredService<Removal.RemovalProcessor>().ProcessAsync(id, Owner, channels.GetValueOrDefault(channel), ct);
        }

        return handled + settled;
    }
}
