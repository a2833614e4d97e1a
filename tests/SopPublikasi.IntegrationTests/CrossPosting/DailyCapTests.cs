using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Quota;
using SopPublikasi.Module.Identity;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// Daily caps are never hit without warning: X's 24-hour headers, Instagram's content_publishing_limit, Threads'
/// threads_publishing_limit and Facebook's usage headers, each from its fake. A spent cap makes the next row wait
/// until the reset without a post request reaching the network, then post once; a cap near its end tells the administrators once, not once per post, and
/// shows on the channel page.
/// </summary>
public class DailyCapTests
{
    public static TheoryData<string> Capped => ["X", "Instagram", "Facebook", "Threads"];

    [Theory]
    [MemberData(nameof(Capped))]
    public async Task CapSpentByAPost_NextRowWaitsUntilTheResetWithoutAPostRequest_ThenPostsOnce(string network)
    {
        await using var fake = await Networks.StartAsync(network);
        Spend(fake, TimeSpan.FromSeconds(90));
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var notifier = new RecordingNotifier();
        using var f = Networks.App(fake, clock, notifier);
        f.Settings["CrossPosting:Quota:InstagramRecheck"] = "00:01:30";
        f.Settings["CrossPosting:Quota:ThreadsRecheck"] = "00:01:30";
        await f.SeedUsersAsync();

        var first = await Publish.ApproveAsync(f, "Pasar murah " + network, Photos.Jpeg(800, 800, gps: false));
        var sent = await Networks.RowWhenAsync(f, first, o => o.Status == OutboxStatus.Sent);
        Assert.True(sent.Status == OutboxStatus.Sent, Networks.Describe(sent, fake, f));

        var second = await Publish.ApproveAsync(f, "Pasar murah kedua " + network, Photos.Jpeg(800, 800, gps: false));
        var waiting = await Networks.RowWhenAsync(f, second, o => o.Status == OutboxStatus.Waiting);
        Assert.True(waiting.Status == OutboxStatus.Waiting, Networks.Describe(waiting, fake, f));
        var channel = f.WithDb(db => db.SocialChannels.AsNoTracking().Single(c => c.Name == Networks.Channel));
        Assert.Equal(channel.RateLimitedUntil, waiting.NextAttemptAt);
        Assert.InRange(waiting.NextAttemptAt, clock.GetUtcNow().AddSeconds(80), clock.GetUtcNow().AddSeconds(121));
        Assert.Contains(CapName(network) + " habis", waiting.WaitReason, StringComparison.Ordinal);
        Assert.Contains("menunggu sampai", waiting.WaitReason, StringComparison.Ordinal);
        Assert.Equal("Menunggu sampai " + IndonesianTime.DateTime(waiting.NextAttemptAt), CrossPostStatusText.Label(waiting, null));
        await Rounds.WaitAsync<OutboxDispatcher>(f, 3); // rounds that saw the waiting row: nothing reaches the network before the reset
        Assert.Single(fake.PostAttempts);
        Assert.Single(fake.Posts);

        Renew(fake);
        clock.Advance(TimeSpan.FromSeconds(125));
        var after = await Networks.RowWhenAsync(f, second, o => o.Status == OutboxStatus.Sent);
        Assert.True(after.Status == OutboxStatus.Sent, Networks.Describe(after, fake, f));
        Assert.Equal(2, fake.Posts.Count);
        Assert.Equal(2, fake.PostAttempts.Count);
        Assert.Single(notifier.Sent, n => n.Notification.Kind == QuotaGuard.WarningKind);
    }

    [Theory]
    [MemberData(nameof(Capped))]
    public async Task CapNearItsEnd_AdministratorsToldOnceNotOncePerPost_ShownOnTheChannelPage(string network)
    {
        await using var fake = await Networks.StartAsync(network);
        Near(fake);
        var notifier = new RecordingNotifier();
        using var f = Networks.App(fake, notifier: notifier);
        await f.SeedUsersAsync();

        foreach (var title in new[] { "Bazar UMKM ", "Bazar UMKM kedua " })
        {
            var id = await Publish.ApproveAsync(f, title + network, Photos.Jpeg(800, 800, gps: false));
            var row = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent);
            Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
        }

        Assert.Equal(2, fake.Posts.Count);
        var told = Assert.Single(notifier.Sent, n => n.Notification.Kind == QuotaGuard.WarningKind);
        Assert.Equal("role:" + SopRoles.Administrator, told.To);
        Assert.Contains($"saluran \"{Networks.Channel}\"", told.Notification.Body, StringComparison.Ordinal);
        Assert.Contains(NearLevel(network), told.Notification.Body, StringComparison.Ordinal);
        Assert.Contains(" WIB", told.Notification.Body, StringComparison.Ordinal);
        if (fake is FakeX x)
        {
            Assert.Contains("pulih " + IndonesianTime.DateTime(x.DailyReset), told.Notification.Body, StringComparison.Ordinal);
        }

        var admin = await Browser.SignInAsync(f, "admin");
        var page = await admin.GetAsync("/admin/media-sosial/saluran");
        Assert.Equal(told.Notification.Body, page.Document.QuerySelector($"tr[data-saluran='{Networks.Channel}'] [data-testid=kuota]")?.TextContent);
    }

    private static string CapName(string network) => network switch
    {
        "X" => "Kuota harian akun X",
        "Instagram" => "Kuota publikasi 24 jam Instagram",
        "Threads" => "Kuota publikasi 24 jam Threads",
        _ => "Pemakaian API Facebook (pages)",
    };

    private static string NearLevel(string network) => network switch
    {
        "X" => "tersisa 3 dari 17 kiriman",
        "Instagram" or "Threads" => "tersisa 3 dari 25 kiriman",
        _ => "terpakai 82 %",
    };

    /// <summary>The network's cap is spent by the next post; it renews <paramref name="resetAfter"/> later.</summary>
    private static void Spend(FakeNetwork fake, TimeSpan resetAfter)
    {
        switch (fake)
        {
            case FakeX x:
                (x.DailyLimit, x.DailyUsed) = (17, 16);
                x.DailyReset = DateTimeOffset.FromUnixTimeSeconds((DateTimeOffset.UtcNow + resetAfter).ToUnixTimeSeconds());
                break;
            case FakeInstagram instagram:
                (instagram.QuotaTotal, instagram.QuotaUsage) = (25, 24);
                instagram.InProgressReads = 0; // no status polling: the frozen clock would hold its delay
                break;
            case FakeThreads threads:
                (threads.QuotaTotal, threads.QuotaUsage) = (25, 24);
                threads.InProgressReads = 0; // likewise
                break;
            case FakeFacebook facebook:
                (facebook.UsagePercent, facebook.UsagePerPost) = (90, 10);
                facebook.RegainMinutes = (int)Math.Ceiling(resetAfter.TotalMinutes);
                break;
        }
    }

    /// <summary>The next post leaves the cap at the warning threshold (3 posts left, or 82 % used), the one after below it.</summary>
    private static void Near(FakeNetwork fake)
    {
        switch (fake)
        {
            case FakeX x:
                (x.DailyLimit, x.DailyUsed) = (17, 13);
                break;
            case FakeInstagram instagram:
                (instagram.QuotaTotal, instagram.QuotaUsage) = (25, 22);
                break;
            case FakeThreads threads:
                (threads.QuotaTotal, threads.QuotaUsage) = (25, 22);
                break;
            case FakeFacebook facebook:
                (facebook.UsagePercent, facebook.UsagePerPost) = (80, 2);
                break;
        }
    }

    /// <summary>A new window at the network.</summary>
    private static void Renew(FakeNetwork fake)
    {
        switch (fake)
        {
            case FakeX x:
                x.DailyUsed = 0;
                break;
            case FakeInstagram instagram:
                instagram.QuotaUsage = 0;
                break;
            case FakeThreads threads:
                threads.QuotaUsage = 0;
                break;
            case FakeFacebook facebook:
                (facebook.UsagePercent, facebook.UsagePerPost) = (10, 0);
                break;
        }
    }
}
