namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>Polls what background work changes (outbox, webhooks) until it is done or the time is up.</summary>
public static class Eventually
{
    /// <summary>The last value read: done, or whatever stood when <paramref name="timeout"/> ran out.</summary>
    public static async Task<T> WaitAsync<T>(Func<T> read, Func<T, bool> done, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);
        var until = DateTime.UtcNow + timeout;
        var value = read();
        while (!done(value) && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
            value = read();
        }

        return value;
    }

    /// <summary>The same with a read that awaits (an HTTP request, say).</summary>
    public static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);
        var until = DateTime.UtcNow + timeout;
        var value = await read();
        while (!done(value) && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
            value = await read();
        }

        return value;
    }
}
