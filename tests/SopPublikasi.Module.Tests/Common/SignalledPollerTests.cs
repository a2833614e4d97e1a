using Microsoft.Extensions.Logging.Abstractions;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Tests.Common;

/// <summary>
/// The rounds tests wait for instead of sleeping: a round under way when the wait begins is not counted (it may have
/// read the rows before the test changed them), failed rounds count and are counted apart, and a stopped poller
/// fails its waiters instead of leaving them to their timeout.
/// </summary>
public sealed class SignalledPollerTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RoundUnderWayAtTheCall_NotCounted_NextWholeRoundIs()
    {
        var signal = new WakeSignal();
        using var poller = new GatedPoller(signal);
        await poller.StartAsync(CancellationToken.None);
        await poller.Entered.Task.WaitAsync(Limit); // round 1 is under way, held at the gate

        var wait = poller.WaitForRoundsAsync(1);
        poller.Open();
        Assert.True(await UntilAsync(() => poller.CompletedRounds == 1), "round 1 did not end");

        Assert.False(wait.IsCompleted, "the round under way at the call was counted");
        signal.Notify(); // round 2, begun after the call
        await wait.WaitAsync(Limit);
        Assert.Equal(2, poller.CompletedRounds);
        Assert.Equal(0, poller.FailedRounds);
        await poller.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task FailedRounds_CountAsRounds_AndApart()
    {
        var signal = new WakeSignal();
        using var poller = new GatedPoller(signal) { Fail = true };
        poller.Open();
        await poller.StartAsync(CancellationToken.None);

        var wait = poller.WaitForRoundsAsync(2);
        Assert.True(await UntilAsync(() =>
        {
            signal.Notify(); // one more round each time (at most one wake-up is kept)
            return wait.IsCompleted;
        }), "two failing rounds did not end");

        await wait;
        Assert.True(poller.FailedRounds >= 2);
        Assert.Equal(poller.CompletedRounds, poller.FailedRounds);
        await poller.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Stopped_WaitersFail()
    {
        using var poller = new GatedPoller(new WakeSignal());
        await poller.StartAsync(CancellationToken.None);
        await poller.Entered.Task.WaitAsync(Limit);
        var wait = poller.WaitForRoundsAsync(5);

        await poller.StopAsync(CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => wait.WaitAsync(Limit));
        await Assert.ThrowsAsync<InvalidOperationException>(() => poller.WaitForRoundsAsync(1).WaitAsync(Limit));
    }

    private static async Task<bool> UntilAsync(Func<bool> done)
    {
        var until = DateTime.UtcNow + Limit;
        while (!done())
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }

    /// <summary>Polls once an hour unless signalled; each round waits at a gate until the test opens it.</summary>
    private sealed class GatedPoller(WakeSignal signal) : SignalledPoller(signal, NullLogger.Instance)
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Fail { get; init; }

        protected override TimeSpan PollInterval => TimeSpan.FromHours(1);

        public void Open() => _gate.TrySetResult();

        public override async Task<int> DispatchDueAsync(CancellationToken ct)
        {
            Entered.TrySetResult();
            await _gate.Task.WaitAsync(ct);
            return Fail ? throw new InvalidOperationException("round failed") : 0;
        }
    }
}
