using Microsoft.Extensions.Options;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Notifications;

namespace SopPublikasi.Module.CrossPosting.Quota;

/// <summary>
/// Acts on what the networks said about their limits during one send: a spent limit holds the channel until its reset
/// (the dispatcher then keeps its rows waiting instead of calling the network to be refused), and a daily cap near its
/// end tells the administrators once per window. Changes the channel's state row; the caller saves.
/// </summary>
public sealed class QuotaGuard(ChannelDirectory directory, INotifier notifier, IOptionsMonitor<CrossPostingOptions> options, TimeProvider clock)
{
    public const string WarningKind = "kuota-hampir-habis";

    /// <summary>True when the channel is now held until a reset.</summary>
    public async Task<bool> ApplyAsync(ResolvedChannel channel, IReadOnlyCollection<QuotaReading> readings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(readings);
        if (readings.Count == 0)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var state = await directory.StateAsync(channel, ct);
        var spent = readings.Where(r => QuotaRules.Spent(r) && r.ResetAt > now).MaxBy(r => r.ResetAt);
        if (spent is not null && !(state.RateLimitedUntil >= spent.ResetAt))
        {
            state.RateLimitedUntil = spent.ResetAt;
            state.RateLimitReason = QuotaRules.SpentReason(spent);
        }

        var settings = options.CurrentValue.Quota;
        var near = readings.Where(r => QuotaRules.Near(r, settings)).MinBy(r => (r.Remaining ?? long.MaxValue, -(r.UsedPercent ?? 0)));
        if (near is not null && !(state.QuotaWarnedUntil > now))
        {
            state.QuotaWarnedUntil = near.WindowEnd > now ? near.WindowEnd : now.AddHours(1);
            state.QuotaWarning = QuotaRules.Warning(channel, near);
            await notifier.NotifyRoleAsync(
                SopRoles.Administrator,
                new Notification(WarningKind, QuotaRules.WarningTitle(channel), state.QuotaWarning, "/admin/media-sosial/saluran"),
                ct);
        }

        return spent is not null;
    }
}
