using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SopPublikasi.Module.Common;

/// <summary>
/// A background sender: handles due rows until none are left, then sleeps until woken by its signal or until the
/// poll interval passes. A failing round is logged and retried next round; it never stops the host.
/// </summary>
public abstract class SignalledPoller(WakeSignal signal, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan PollInterval { get; }

    /// <summary>Handles one batch of due rows; returns how many were handled.</summary>
    public abstract Task<int> DispatchDueAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    while (await DispatchDueAsync(stoppingToken) > 0)
                    {
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "{Poller} round failed; trying again at the next round", GetType().Name);
                }

                await signal.WaitAsync(PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
