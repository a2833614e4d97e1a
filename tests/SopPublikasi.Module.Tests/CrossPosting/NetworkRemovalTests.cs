using SopPublikasi.Module.CrossPosting.Networks;
using SopPublikasi.Module.CrossPosting.Networks.Bluesky;
using SopPublikasi.Module.CrossPosting.Networks.Facebook;
using SopPublikasi.Module.CrossPosting.Networks.Instagram;
using SopPublikasi.Module.CrossPosting.Networks.Mastodon;
using SopPublikasi.Module.CrossPosting.Networks.Telegram;
using SopPublikasi.Module.CrossPosting.Networks.Threads;
using SopPublikasi.Module.CrossPosting.Networks.WhatsApp;
using SopPublikasi.Module.CrossPosting.Networks.X;

namespace SopPublikasi.Module.Tests.CrossPosting;

/// <summary>How each network's post is taken down on withdrawal (its descriptor's <see cref="SocialNetwork.Removal"/>, docs/networks.md).</summary>
public class NetworkRemovalTests
{
    private static readonly DateTimeOffset Sent = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

    public static TheoryData<SocialNetwork> AnyTime => [new XNetwork(), new FacebookNetwork(), new MastodonNetwork(), new ThreadsNetwork(), new BlueskyNetwork()];

    [Theory]
    [MemberData(nameof(AnyTime))]
    public void DeletedByApi_AtAnyTime(SocialNetwork network)
    {
        Assert.Equal(PostRemoval.Api, network.Removal);
        Assert.True(network.Removal.CanDeleteByApi(Sent, Sent.AddDays(365)));
    }

    /// <summary>The Bot API: "A message can only be deleted if it was sent less than 48 hours ago", channel posts included.</summary>
    [Theory]
    [InlineData(0, true)]
    [InlineData(47.99, true)]
    [InlineData(48, false)]
    [InlineData(100, false)]
    public void Telegram_DeletedByApiOnlyWithin48Hours(double hoursLater, bool byApi)
    {
        var removal = new TelegramNetwork().Removal;
        Assert.True(removal.ByApi);
        Assert.Equal(TimeSpan.FromHours(48), removal.Window);
        Assert.Equal(byApi, removal.CanDeleteByApi(Sent, Sent.AddHours(hoursLater)));
    }

    [Fact]
    public void Instagram_ByHand_InTheApp()
    {
        var removal = new InstagramNetwork().Removal;
        Assert.False(removal.ByApi);
        Assert.False(removal.CanDeleteByApi(Sent, Sent));
        Assert.Contains("aplikasi Instagram", removal.ManualHint, StringComparison.Ordinal);
        Assert.Contains("Hapus", removal.ManualHint, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatsApp_ByHand_FromTheOfficePhone()
    {
        var removal = new WhatsAppNetwork().Removal;
        Assert.False(removal.ByApi);
        Assert.Contains("Hapus untuk semua orang", removal.ManualHint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("at://did:plc:abc/app.bsky.feed.post/3lbq2x5h6cs2a", "did:plc:abc", "app.bsky.feed.post", "3lbq2x5h6cs2a")]
    public void Bluesky_ReadsTheStoredRecordUri(string uri, string repo, string collection, string rkey) =>
        Assert.Equal((repo, collection, rkey), BlueskyClient.ParseAtUri(uri));

    [Theory]
    [InlineData(null)]
    [InlineData("3lbq2x5h6cs2a")]
    [InlineData("at://did:plc:abc/app.bsky.feed.post")]
    [InlineData("https://bsky.app/profile/x/post/3lbq2x5h6cs2a")]
    public void Bluesky_SomethingElseIsNoRecordUri(string? uri) => Assert.Null(BlueskyClient.ParseAtUri(uri));
}
