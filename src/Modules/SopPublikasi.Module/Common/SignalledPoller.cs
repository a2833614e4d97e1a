using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Common;

/// <summary>
/// A background sender: handles due rows until none are left, then sleeps until woken by its signal or until the
/// poll interval passes. A failing round is logged and retried next round; it never stops the host.
/// </summary>
public abstract class SignalledPoller(WakeSignal signal, ILogger logger) : BackgroundService, IBackgroundHeartbeat
{
    // Monotonic milliseconds (Environment.TickCount64) of the last beat; 0 before the first.
    private long _lastBeat;

    public virtual string Name => GetType().Name;

    public TimeSpan MaxSilence => (PollInterval * 3) + TimeSpan.FromMinutes(1);

    public TimeSpan? SinceLastBeat => Volatile.Read(ref _lastBeat) is var last and > 0
        ? TimeSpan.FromMilliseconds(Environment.TickCount64 - last)
        : null;

    public bool IsRunning => ExecuteTask is { IsCompleted: false };

    protected abstract TimeSpan PollInterval { get; }

    /// <summary>Handles one batch of due rows; returns how many were handled.</summary>
    public abstract Task<int> DispatchDueAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                Beat();
                try
                {
                    while (await DispatchDueAsync(stoppingToken) > 0)
                    {
                        Beat();
                    }
                }
                catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex) && !stoppingToken.IsCancellationRequested)
                {
                    // The database is away: nothing can be claimed or recorded; the rows wait in the database.
                    logger.LogWarning("{Poller} round failed, the database cannot be reached ({Error}); trying again at the next round", GetType().Name, ex.GetType().Name);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // Anything else, a cancellation that is not the shutdown's included: logged, and the loop goes on.
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

    private void Beat() => Volatile.Write(ref _lastBeat, Math.Max(1, Environment.TickCount64));
}
