using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SkiaSharp;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Identity;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// Each network against its fake on 127.0.0.1: one approval makes exactly one post with the composed text and the
/// cover; a rate limit waits until the network's reset; an answer lost after the request arrived is reconciled
/// without a second post; an expired token pauses the channel and tells the administrators, without retries.
/// </summary>
public class NetworkDeliveryTests
{
    public static TheoryData<string> All => ["X", "Facebook", "Instagram", "Telegram", "Mastodon", "Threads", "Bluesky"];

    [Theory]
    [MemberData(nameof(All))]
    public async Task OneApproval_ExactlyOnePostWithTextAndImage(string network)
    {
        await using var fake = await Networks.StartAsync(network);
        using var f = Networks.App(fake);
        await f.SeedUsersAsync();

        var id = await Publish.ApproveAsync(f, "Kerja bakti bersih sungai " + network, Photos.Jpeg(1200, 300, gps: false));

        var row = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent);
        Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
        var post = Assert.Single(fake.Posts);
        Assert.Equal(row.Text, post.Text);
        Assert.Contains("https://kecamatan-contoh.karanganyarkab.go.id/berita/kerja-bakti-bersih-sungai-", post.Text, StringComparison.Ordinal);
        Assert.Contains(post.Id, row.RemoteId, StringComparison.Ordinal);
        Assert.NotNull(row.RemoteUrl);
        if (network is "Instagram" or "Threads")
        {
            // Instagram (and Threads, which takes the same address) fetched the compliant JPEG from the public site: cropped to 1.91:1 at most.
            var path = new Uri(post.ImageUrl!).AbsolutePath;
            Assert.Equal($"/media/{row.ImageId}/instagram.jpg", path);
            var jpeg = await Api.Anonymous(f).GetByteArrayAsync(new Uri(path, UriKind.Relative));
            using var image = SKBitmap.Decode(jpeg);
            Assert.Equal((byte)0xFF, jpeg[0]);
            Assert.Equal((byte)0xD8, jpeg[1]);
            Assert.InRange(image.Width, 320, 1440);
            Assert.InRange((double)image.Width / image.Height, 0.8, 1.91);
        }
        else
        {
            Assert.True(post.ImageBytes > 0, "the cover was not sent");
        }
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task RateLimited_WaitsUntilTheNetworksResetThenPostsOnce(string network)
    {
        await using var fake = await Networks.StartAsync(network);
        if (fake is FakeInstagram instagram)
        {
            instagram.InProgressReads = 0; // no status polling: the frozen clock would hold its delay
        }

        if (fake is FakeMastodon mastodon)
        {
            mastodon.ProcessingUploads = false; // likewise
        }

        if (fake is FakeThreads threads)
        {
            threads.InProgressReads = 0; // likewise
        }

        fake.ResetAfter = TimeSpan.FromSeconds(90);
        fake.Next(Fault.RateLimited);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var f = Networks.App(fake, clock);
        await f.SeedUsersAsync();

        var id = await Publish.ApproveAsync(f, "Posyandu balita " + network, Photos.Jpeg(800, 800, gps: false));

        var waiting = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Waiting);
        Assert.True(waiting.Status == OutboxStatus.Waiting, Networks.Describe(waiting, fake, f));
        Assert.Contains("menunggu sampai", waiting.WaitReason, StringComparison.Ordinal);
        Assert.InRange(waiting.NextAttemptAt, clock.GetUtcNow().AddSeconds(55), clock.GetUtcNow().AddSeconds(125));
        await Rounds.WaitAsync<OutboxDispatcher>(f, 3); // rounds that saw the waiting row: nothing is sent before the reset
        Assert.Single(fake.PostAttempts);
        Assert.Empty(fake.Posts);

        clock.Advance(TimeSpan.FromSeconds(125));
        var sent = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent);
        Assert.True(sent.Status == OutboxStatus.Sent, Networks.Describe(sent, fake, f));
        Assert.Single(fake.Posts);
        Assert.Equal(2, fake.PostAttempts.Count);
    }

    [Theory]
    [InlineData("X", Fault.TimeoutAfterReceipt)]
    [InlineData("X", Fault.ResetAfterReceipt)]
    [InlineData("Facebook", Fault.TimeoutAfterReceipt)]
    [InlineData("Instagram", Fault.TimeoutAfterReceipt)]
    [InlineData("Mastodon", Fault.TimeoutAfterReceipt)]
    [InlineData("Mastodon", Fault.ResetAfterReceipt)]
    [InlineData("Threads", Fault.TimeoutAfterReceipt)]
    [InlineData("Threads", Fault.ResetAfterReceipt)]
    [InlineData("Bluesky", Fault.TimeoutAfterReceipt)]
    [InlineData("Bluesky", Fault.ResetAfterReceipt)]
    public async Task AnswerLostAfterThePostArrived_ReconciledStillExactlyOnePost(string network, Fault fault)
    {
        await using var fake = await Networks.StartAsync(network);
        fake.Next(fault);
        using var f = Networks.App(fake, httpTimeout: TimeSpan.FromSeconds(2));
        await f.SeedUsersAsync();

        var id = await Publish.ApproveAsync(f, "Vaksinasi lansia " + network, Photos.Jpeg(800, 600, gps: false));

        var row = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent);
        Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
        var post = Assert.Single(fake.Posts);
        Assert.Contains(post.Id, row.RemoteId, StringComparison.Ordinal);
        Assert.True(row.Attempts >= 2, "sent without the reconciliation round");
    }

    [Fact]
    public async Task Telegram_AnswerLost_HeldForAnAdministratorNeverRepostedBlindly()
    {
        await using var fake = await Networks.StartAsync("Telegram");
        fake.Next(Fault.TimeoutAfterReceipt);
        using var f = Networks.App(fake, httpTimeout: TimeSpan.FromSeconds(2));
        await f.SeedUsersAsync();

        var id = await Publish.ApproveAsync(f, "Lomba desa Telegram");

        var row = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Uncertain && o.WaitReason!.Contains("periksa kanal", StringComparison.Ordinal));
        Assert.True(row.Status == OutboxStatus.Uncertain, Networks.Describe(row, fake, f));
        await Rounds.WaitAsync<OutboxDispatcher>(f, 3); // rounds that saw the held row: it is not posted again
        Assert.Single(fake.Posts);
        Assert.Single(fake.PostAttempts);
        Assert.Null(Networks.Row(f, id).RemoteId);
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task ExpiredToken_ChannelPausedAdministratorsToldNoRetries(string network)
    {
        await using var fake = await Networks.StartAsync(network);
        fake.Next(Fault.ExpiredToken);
        var notifier = new RecordingNotifier();
        using var f = Networks.App(fake, notifier: notifier);
        await f.SeedUsersAsync();

        var first = await Publish.ApproveAsync(f, "Rapat koordinasi " + network, Photos.Jpeg(800, 800, gps: false));
        var paused = await Eventually.WaitAsync(() => f.WithDb(db => db.SocialChannels.AsNoTracking().FirstOrDefault(c => c.Name == Networks.Channel)), c => c?.Paused == true, TimeSpan.FromSeconds(30));
        Assert.True(paused?.Paused == true, Networks.Describe(Networks.Row(f, first), fake, f));
        var second = await Publish.ApproveAsync(f, "Rapat evaluasi " + network, Photos.Jpeg(800, 800, gps: false));
        await Rounds.WaitAsync<OutboxDispatcher>(f, 3); // rounds that saw the second row: neither is tried again

        Assert.Single(fake.PostAttempts);
        Assert.Empty(fake.Posts);
        foreach (var row in new[] { Networks.Row(f, first), Networks.Row(f, second) })
        {
            Assert.NotEqual(OutboxStatus.Sent, row.Status);
            Assert.NotEqual(OutboxStatus.Failed, row.Status);
        }

        Assert.Contains("dijeda", Networks.Row(f, first).WaitReason, StringComparison.Ordinal);
        var told = Assert.Single(notifier.Sent);
        Assert.Equal("role:" + SopRoles.Administrator, told.To);
        Assert.Equal("saluran-dijeda", told.Notification.Kind);
    }
}
