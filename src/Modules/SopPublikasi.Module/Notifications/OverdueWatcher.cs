using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.Notifications;

/// <summary>
/// The background overdue check: every item past its step's Waktu (per the app's TimeProvider) gets one
/// "terlambat" notice to its holders, and no second one while it stays in that step.
/// </summary>
public sealed class OverdueWatcher(
    IServiceScopeFactory scopes,
    OverdueSignal signal,
    IOptionsMonitor<NotificationOptions> options,
    ILogger<OverdueWatcher> logger) : SignalledPoller(signal, logger)
{
    protected override TimeSpan PollInterval => options.CurrentValue.OverdueCheckInterval;

    public override async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tasks = scope.ServiceProvider.GetRequiredService<TaskQueries>();
        var notifications = scope.ServiceProvider.GetRequiredService<WorkflowNotifications>();
        var inFlight = await tasks.InFlightAsync(Actor.System, ct);
        await notifications.NotifyOverdueAsync(inFlight, ct);
        return 0; // one pass per interval: a notice is never repeated, so there is nothing left to drain
    }
}
