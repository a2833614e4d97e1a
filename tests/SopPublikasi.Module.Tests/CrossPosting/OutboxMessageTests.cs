using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting;

namespace SopPublikasi.Module.Tests.CrossPosting;

public class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 5, 0, TimeSpan.Zero);

    [Fact]
    public void MarkAttemptFailed_AttemptsLeft_WaitsWithLaterNextAttemptAndReason()
    {
        var message = new OutboxMessage { Attempts = 1, NextAttemptAt = Now };

        message.MarkAttemptFailed("timeout", Now, maxAttempts: 3, jitter: 0.5);

        Assert.Equal(OutboxStatus.Waiting, message.Status);
        Assert.NotNull(message.WaitReason);
        Assert.Equal(Now + TimeSpan.FromSeconds(30), message.NextAttemptAt);
        Assert.Equal("timeout", message.LastError);
    }

    [Fact]
    public void MarkAttemptFailed_LastAttempt_FailedWithTheMessage()
    {
        var message = new OutboxMessage { Attempts = 3 };

        message.MarkAttemptFailed("ditolak", Now, maxAttempts: 3, jitter: 0.5);

        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal("ditolak", message.LastError);
    }

    [Fact]
    public void MarkSent_KeepsRemoteIdAndClearsError()
    {
        var message = new OutboxMessage { LastError = "timeout" };

        message.MarkSent(new PostResult("1445880548472328192", "https://x.com/i/1445880548472328192"), Now);

        Assert.Equal((OutboxStatus.Sent, "1445880548472328192", Now), (message.Status, message.RemoteId, message.SentAt!.Value));
        Assert.Null(message.LastError);
    }

    [Theory]
    [InlineData(1, 0.0, 24)]
    [InlineData(1, 1.0, 36)]
    [InlineData(3, 0.5, 120)]
    [InlineData(30, 0.5, 21600)]
    public void Delay_Attempt_ExponentialWithJitterAndCap(int attempt, double jitter, double seconds)
    {
        Assert.Equal(seconds, RetryPolicy.Delay(attempt, jitter).TotalSeconds, precision: 6);
    }
}
