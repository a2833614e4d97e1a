namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>
/// A test's clock as the app sees it: its time in UTC, as the system clock gives it. A test may set its fake clock to a
/// WIB time (+07:00) for readability; without this the app would store that offset, which SQLite keeps but PostgreSQL
/// refuses ("only offset 0 (UTC) is supported"), so a test would fail on one database for a reason the real clock never has.
/// </summary>
public sealed class UtcClock(TimeProvider inner) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow().ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
