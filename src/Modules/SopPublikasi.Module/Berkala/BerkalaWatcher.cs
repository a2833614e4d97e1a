using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Berkala;

/// <summary>
/// The background freshness check: every live informasi berkala item older than <see cref="PpidOptions.BerkalaMaxAge"/>
/// (per the app's TimeProvider) gets one <c>berkala-usang</c> notice to each PPID Pembantu and Sekretaris.
/// </summary>
public sealed class BerkalaWatcher(
    IServiceScopeFactory scopes,
    BerkalaSignal signal,
    IOptionsMonitor<PpidOptions> options,
    ILogger<BerkalaWatcher> logger) : SignalledPoller(signal, logger)
{
    protected override TimeSpan PollInterval => options.CurrentValue.BerkalaCheckInterval;

    public override async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BerkalaNotices>().NotifyAsync(ct);
        return 0; // one pass per interval: a notice is never repeated, so there is nothing left to drain
    }
}
