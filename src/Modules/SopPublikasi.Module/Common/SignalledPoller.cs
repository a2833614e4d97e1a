using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SopPublikasi.Module.Common;

/// <summary>
/// A background sender: handles due rows until none are left, then sleeps until woken by its signal or until the
/// poll interval passes. A failing round is logged and retried next round; it never stops the host.
/// Rounds are counted (<see cref="CompletedRounds"/>, <see cref="WaitForRoundsAsync"/>, and a Trace log line per
/// round), so that a test can wait for the poller to have looked again instead of sleeping for a while.
/// </summary>
public abstract class SignalledPoller(WakeSignal signal, ILogger logger) : BackgroundService, IBackgroundHeartbeat
{
    private static readonly Action<ILogger, string, long, bool, Exception?> LogRoundEnded = LoggerMessage.Define<string, long, bool>(
        LogLevel.Trace, new EventId(1, "RoundEnded"), "{Poller} round {Round} ended (failed: {Failed})");

    // Monotonic milliseconds (Environment.TickCount64) of the last beat; 0 before the first.
    private long _lastBeat;
    private long _roundsStarted;
    private long _roundsCompleted;
    private long _roundsFailed;
    private volatile bool _stopped;

    // Completed (and replaced) at the end of every round: what WaitForRoundsAsync awaits.
    private TaskCompletionSource _roundEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public virtual string Name => GetType().Name;

    public TimeSpan MaxSilence => (PollInterval * 3) + TimeSpan.FromMinutes(1);

    public TimeSpan? SinceLastBeat => Volatile.Read(ref _lastBeat) is var last and > 0
        ? TimeSpan.FromMilliseconds(Environment.TickCount64 - last)
        : null;

    public bool IsRunning => ExecuteTask is { IsCompleted: false };

    /// <summary>Rounds ended so far, failed ones included. A round handles due rows until none is left.</summary>
    public long CompletedRounds => Interlocked.Read(ref _roundsCompleted);

    /// <summary>Rounds that ended with an error (the database away, say) so far.</summary>
    public long FailedRounds => Interlocked.Read(ref _roundsFailed);

    protected abstract TimeSpan PollInterval { get; }

    /// <summary>
    /// Completes once <paramref name="rounds"/> rounds that started after this call have ended (a round under way now
    /// does not count: it may have read the rows before the caller changed them). Fails when the loop has ended.
    /// </summary>
    public async Task WaitForRoundsAsync(int rounds, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rounds);
        var target = Interlocked.Read(ref _roundsStarted) + rounds;
        while (true)
        {
            // Read the pulse before the count: a round ending in between completes the pulse already read.
            var ended = Volatile.Read(ref _roundEnded).Task;
            if (Interlocked.Read(ref _roundsCompleted) >= target)
            {
                return;
            }

            if (_stopped)
            {
                throw new InvalidOperationException($"{Name} has stopped after {CompletedRounds} rounds.");
            }

            await ended.WaitAsync(ct);
        }
    }

    /// <summary>Handles one batch of due rows; returns how many were handled.</summary>
    public abstract Task<int> DispatchDueAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                Beat();
                Interlocked.Increment(ref _roundsStarted);
                var failed = false;
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
                    failed = true;
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // Anything else, a cancellation that is not the shutdown's included: logged, and the loop goes on.
                    logger.LogError(ex, "{Poller} round failed; trying again at the next round", GetType().Name);
                    failed = true;
                }

                EndRound(failed);
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            // Whoever waits for rounds learns that no more will come.
            _stopped = true;
            Volatile.Read(ref _roundEnded).TrySetResult();
        }
    }

    private void EndRound(bool failed)
    {
        if (failed)
        {
            Interlocked.Increment(ref _roundsFailed);
        }

        var round = Interlocked.Increment(ref _roundsCompleted);
        LogRoundEnded(logger, Name, round, failed, null);
        Interlocked.Exchange(ref _roundEnded, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    private void Beat() => Volatile.Write(ref _lastBeat, Math.Max(1, Environment.TickCount64));
}
