using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>Wakes the desk's background check (the holiday page saving, a test).</summary>
public sealed class LayananSignal : WakeSignal;

/// <summary>
/// The desk's background check, every <see cref="LayananOptions.CheckInterval"/>: requests and objections past their
/// deadline are marked and told once (<see cref="LayananOverdue"/>); personal data past its retention is erased
/// (<see cref="LayananRetention"/>).
/// </summary>
public sealed class LayananWatcher(
    IServiceScopeFactory scopes,
    LayananSignal signal,
    IOptionsMonitor<LayananOptions> options,
    ILogger<LayananWatcher> logger) : SignalledPoller(signal, logger)
{
    protected override TimeSpan PollInterval => options.CurrentValue.CheckInterval;

    public override async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var overdue = await scope.ServiceProvider.GetRequiredService<LayananOverdue>().MarkAsync(ct);
        var erased = await scope.ServiceProvider.GetRequiredService<LayananRetention>().EraseAsync(ct);
        return overdue + erased;
    }
}
