using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// The networks as they are in December 2026 (docs/networks.md), through fakes that refuse what each network refuses:
/// each test here failed against the client (or processor) behaviour before the change it names.
/// </summary>
public class StrictNetworkTests
{
    /// <summary>Before: the client hard-coded v21.0 (retired by Meta on 21 January 2027) and a test address got none.</summary>
    [Theory]
    [InlineData("Facebook")]
    [InlineData("Instagram")]
    public async Task GraphVersion_TheConfiguredOne_OnEveryCall(string network)
    {
        await using var fake = await Networks.StartAsync(network);
        using var f = Networks.App(fake);
        f.Settings["CrossPosting:Graph:Version"] = "v25.0";
        await f.SeedUsersAsync();

        var id = await Publish.ApproveAsync(f, "Versi Graph " + network, Photos.Jpeg(800, 800, gps: false));

        var row = await Networks.RowWhenAsync(f, id, o => o.Status is OutboxStatus.Sent or OutboxStatus.Failed);
        Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
        var versions = fake is FakeFacebook facebook ? facebook.Versions : ((FakeInstagram)fake).Versions;
        Assert.NotEmpty(versions);
        Assert.All(versions, v => Assert.Equal("v25.0", v));
    }

    [Fact]
    public async Task ChannelPage_WarnsBeforeTheConfiguredGraphVersionEnds()
    {
        await using var fake = await Networks.StartAsync("Facebook");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var f = Networks.App(fake, clock);
        var end = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(30));
        f.Settings["CrossPosting:Graph:Version"] = "v21.0";
        f.Settings["CrossPosting:Graph:EndOfLife:v21.0"] = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await f.SeedUsersAsync();
        var admin = await Browser.SignInAsync(f, "admin");

        var page = await admin.GetAsync("/admin/media-sosial/saluran");

        var notice = page.Document.QuerySelector($"tr[data-saluran='{Networks.Channel}'] [data-testid='pemberitahuan']")?.TextContent;
        Assert.Contains("Graph API v21.0 dihentikan Meta pada " + end.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID")), notice, StringComparison.Ordinal);
        Assert.Contains("CrossPosting:Graph:Version", notice, StringComparison.Ordinal);
    }

    /// <summary>
    /// Before: a failure while asking the network (any error the Graph API gives for the feed) was applied as if the
    /// post had been refused: Permanent made the uncertain row Failed, and a retry by hand posted it twice.
    /// </summary>
    [Fact]
    public async Task Facebook_FeedCannotBeRead_UncertainRowHeldForAPerson_NeverFailedNorRepostedBlindly()
    {
        await using var fake = (FakeFacebook)await Networks.StartAsync("Facebook");
        fake.Next(Fault.TimeoutAfterReceipt);
        fake.FeedRefused = true;
        using var f = Networks.App(fake, httpTimeout: TimeSpan.FromSeconds(2));
        await f.SeedUsersAsync();

        var id = await Publish.ApproveAsync(f, "Musrenbang kecamatan");

        var row = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Uncertain && o.NextAttemptAt == DeliveryProcessor.Never);
        Assert.True(row.NextAttemptAt == DeliveryProcessor.Never, Networks.Describe(row, fake, f));
        Assert.Contains("tidak dapat ditanya", row.WaitReason, StringComparison.Ordinal);
        Assert.Contains("Facebook menjawab kode 100", row.LastError, StringComparison.Ordinal);
        await Rounds.WaitAsync<OutboxDispatcher>(f, 3);
        Assert.Single(fake.PostAttempts);
        Assert.Single(fake.Posts);
    }

    /// <summary>
    /// Before: the Telegram client chose between a photo and a text message on the caption's raw HTML length, so an
    /// article whose "&amp;"s pushed the markup past 1,024 lost its photo although its visible text fits a caption.
    /// </summary>
    [Fact]
    public async Task Telegram_CaptionThatFitsAfterEntityParsing_KeepsItsPhoto()
    {
        await using var fake = await Networks.StartAsync("Telegram");
        using var f = Networks.App(fake);
        await f.SeedUsersAsync();
        var summary = string.Concat(Enumerable.Repeat("Kopi & teh ", 80)).Trim();

        var id = await Publish.ApproveAsync(f, "Bazar UMKM & kuliner", Photos.Jpeg(800, 600, gps: false), summary);

        var row = await Networks.RowWhenAsync(f, id, o => o.Status is OutboxStatus.Sent or OutboxStatus.Failed);
        Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
        Assert.True(row.Text.Length > 1024, $"the caption's markup is {row.Text.Length} characters: the test needs more than 1,024");
        var post = Assert.Single(fake.Posts);
        Assert.True(post.ImageBytes > 0, "sent as a text message: the photo was dropped");
    }

    /// <summary>Before: without /api/v2/instance (servers older than Mastodon 4.0) the 404 failed every post.</summary>
    [Fact]
    public async Task Mastodon_ServerWithoutV2Instance_PostsWithTheLimitsOfV1()
    {
        await using var fake = (FakeMastodon)await Networks.StartAsync("Mastodon");
        fake.HasV2Instance = false;
        using var f = Networks.App(fake);
        await f.SeedUsersAsync();

        var id = await Publish.ApproveAsync(f, "Pelayanan KTP keliling", Photos.Jpeg(800, 600, gps: false));

        var row = await Networks.RowWhenAsync(f, id, o => o.Status is OutboxStatus.Sent or OutboxStatus.Failed);
        Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
        Assert.Single(fake.Posts);
    }

    /// <summary>
    /// Before: "Cannot attach files that have not finished processing" (422) was permanent, so a cover that took
    /// longer than the client's polling failed the post for good. Now it is retried, attaching the same upload.
    /// </summary>
    [Fact]
    public async Task Mastodon_MediaStillProcessing_RetriedWithTheSameUpload()
    {
        await using var fake = (FakeMastodon)await Networks.StartAsync("Mastodon");
        fake.ProcessingReads = 25; // longer than one attempt's 20 reads of its status
        using var f = Networks.App(fake);
        await f.SeedUsersAsync();

        var id = await Publish.ApproveAsync(f, "Festival budaya desa", Photos.Jpeg(800, 600, gps: false));

        var row = await Networks.RowWhenAsync(f, id, o => o.Status is OutboxStatus.Sent or OutboxStatus.Failed);
        Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
        Assert.Equal(2, row.Attempts);
        Assert.Equal(1, fake.Uploads);
        Assert.True(Assert.Single(fake.Posts).ImageBytes > 0);
    }

    /// <summary>
    /// Before: the composer allowed 30 hashtags, so a summary with six was sent and Instagram (5 since December 2025)
    /// refused the caption. Now the row says why in Indonesian, and nothing is sent to be refused.
    /// </summary>
    [Fact]
    public async Task Instagram_SixHashtagsInTheArticle_NotSentToBeRefused()
    {
        await using var fake = (FakeInstagram)await Networks.StartAsync("Instagram");
        using var f = Networks.App(fake);
        await f.SeedUsersAsync();

        var id = await Publish.ApproveAsync(f, "Gebyar UMKM", Photos.Jpeg(800, 800, gps: false), "Ayo datang #umkm #kuliner #batik #kerajinan #pameran #karanganyar");

        var row = await Networks.RowWhenAsync(f, id, o => o.Status is OutboxStatus.Sent or OutboxStatus.Failed);
        Assert.True(row.Status == OutboxStatus.Failed, Networks.Describe(row, fake, f));
        Assert.Contains("5 tagar", row.LastError, StringComparison.Ordinal);
        Assert.Equal(0, fake.ContainersCreated);
    }
}
