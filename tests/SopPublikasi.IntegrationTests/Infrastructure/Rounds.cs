using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using Xunit.Sdk;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>
/// Waits for a background poller (outbox, webhooks, overdue check, e-mail) to have looked again, instead of sleeping
/// for a while: "nothing was sent" means something only after rounds that started once the test's change was made.
/// </summary>
public static class Rounds
{
    /// <summary>
    /// Returns once <typeparamref name="TPoller"/> of <paramref name="factory"/> has ended <paramref name="rounds"/>
    /// rounds that started after this call; fails the test when they do not end within <paramref name="timeout"/>.
    /// </summary>
    public static async Task WaitAsync<TPoller>(SopAppFactory factory, int rounds = 2, TimeSpan? timeout = null)
        where TPoller : SignalledPoller
    {
        ArgumentNullException.ThrowIfNull(factory);
        var poller = factory.Services.GetRequiredService<TPoller>();
        var before = poller.CompletedRounds;
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        try
        {
            await poller.WaitForRoundsAsync(rounds).WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            // A round that never ends keeps finding work: a send or retry loop, or a hang.
            throw new XunitException($"{typeof(TPoller).Name} did not end {rounds} rounds within {limit} ({poller.CompletedRounds - before} ended, {poller.FailedRounds} failed so far; a round that does not end keeps finding rows to handle, or hangs).\n{factory.Errors}");
        }
    }
}
