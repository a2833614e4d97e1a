using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks.Bluesky;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// Each network's delete call (<see cref="ISocialPostRemoval"/>), through the client the app registers, against the
/// network's fake (docs/networks.md, "Menghapus" of each network): a post made by an approval is deleted and gone from
/// the network; a post the network no longer has counts as deleted; another account's post is answered as the network
/// answers it; a rate limit and an expired token are classified as for posting; Telegram refuses outside its 48 hours.
/// The withdrawal flow that calls these is not here: the tests call the client directly.
/// </summary>
public class PostRemovalNetworkTests
{
    public static TheoryData<string> ByApi => ["X", "Facebook", "Telegram", "Mastodon", "Threads", "Bluesky"];

    [Theory]
    [MemberData(nameof(ByApi))]
    public async Task PostedThenDeleted_GoneFromTheNetwork_AndDeletingAgainCountsAsDeleted(string network)
    {
        await using var fake = await Networks.StartAsync(network);
        using var f = Networks.App(fake);
        await f.SeedUsersAsync();
        var id = await Publish.ApproveAsync(f, "Berita yang kemudian ditarik " + network);
        var row = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent);
        Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
        var post = Assert.Single(fake.Posts);

        await DeleteAsync(f, network, row);

        Assert.Empty(fake.Posts);
        var deletion = Assert.Single(fake.Deletions);
        Assert.Equal("deleted", deletion.Outcome);
        Assert.EndsWith(post.Id, deletion.Id, StringComparison.Ordinal);
        if (fake is FakeFacebook facebook)
        {
            Assert.DoesNotContain("(none)", facebook.Versions); // the delete went to the configured Graph version, as every call does
        }

        if (fake is FakeBluesky bluesky)
        {
            Assert.Equal(BlueskyRecordKey.For(row), deletion.Id); // the record key the row's post was made under
            Assert.Empty(bluesky.Records);
        }

        // The network no longer has it (a withdrawal retried, or someone deleted it by hand): deleted all the same.
        await DeleteAsync(f, network, row);
        Assert.Equal(["deleted", "not-found"], fake.Deletions.Select(d => d.Outcome));
    }

    [Theory]
    [MemberData(nameof(ByApi))]
    public async Task UnknownPost_CountsAsDeleted(string network)
    {
        await using var fake = await Networks.StartAsync(network);
        using var f = Networks.App(fake);

        await DeleteAsync(f, network, Row(network, UnknownId(network)));

        Assert.Equal("not-found", Assert.Single(fake.Deletions).Outcome);
    }

    [Theory]
    [MemberData(nameof(ByApi))]
    public async Task RateLimited_IsClassifiedAsRateLimited_WithTheNetworksReset(string network)
    {
        await using var fake = await Networks.StartAsync(network);
        fake.ResetAfter = TimeSpan.FromSeconds(150);
        fake.NextDelete(Fault.RateLimited);
        using var f = Networks.App(fake);
        var before = DateTimeOffset.UtcNow;

        var failure = await Assert.ThrowsAsync<DeliveryFailureException>(() => DeleteAsync(f, network, Row(network, UnknownId(network))));

        Assert.Equal(FailureKind.RateLimited, failure.Kind);
        Assert.True(failure.RetryAt >= before.AddMinutes(2), $"retry at {failure.RetryAt:O}, asked at {before:O}: {failure.Message}");
        Assert.Equal("RateLimited", Assert.Single(fake.Deletions).Outcome);
    }

    [Theory]
    [MemberData(nameof(ByApi))]
    public async Task ExpiredToken_NeedsReauthorization(string network)
    {
        await using var fake = await Networks.StartAsync(network);
        fake.NextDelete(Fault.ExpiredToken);
        using var f = Networks.App(fake);

        var failure = await Assert.ThrowsAsync<DeliveryFailureException>(() => DeleteAsync(f, network, Row(network, UnknownId(network))));

        Assert.Equal(FailureKind.NeedsReauthorization, failure.Kind);
    }

    /// <summary>Another account's post, as each network answers it (the fakes' "foreign" posts).</summary>
    [Theory]
    [InlineData("X", "1999999998", FailureKind.Permanent)] // 403, not a credential problem: this deletion fails, the channel goes on
    [InlineData("Facebook", "555000111_1999999998", FailureKind.Permanent)] // 100 / 33 for another Page's post: not read as "gone"
    [InlineData("Telegram", FakeTelegram.ChannelNumber + "/1999999998", FailureKind.Permanent)] // "message can't be deleted"
    [InlineData("Mastodon", "1999999998", null)] // Mastodon answers another account's status as "Record not found"
    [InlineData("Threads", "1999999998", null)] // Graph's 100 / 33 cannot tell another profile's post from a missing one
    public async Task AnotherAccountsPost_AnsweredAsTheNetworkDoes(string network, string remoteId, FailureKind? expected)
    {
        await using var fake = await Networks.StartAsync(network);
        fake.AddForeign(network == "Telegram" ? remoteId.Split('/')[1] : remoteId);
        using var f = Networks.App(fake);

        var failure = await Record.ExceptionAsync(() => DeleteAsync(f, network, Row(network, remoteId)));

        Assert.Equal(expected, (failure as DeliveryFailureException)?.Kind);
        Assert.True(expected is null || failure is DeliveryFailureException, failure?.ToString());
        Assert.Equal("foreign", Assert.Single(fake.Deletions).Outcome);
    }

    [Fact]
    public async Task Bluesky_RecordOfAnotherRepo_IsNotSent()
    {
        await using var fake = await Networks.StartAsync("Bluesky");
        using var f = Networks.App(fake);

        var failure = await Assert.ThrowsAsync<DeliveryFailureException>(() =>
            DeleteAsync(f, "Bluesky", Row("Bluesky", $"at://did:plc:akunlain/app.bsky.feed.post/{BlueskyRecordKey.Tid(1_765_000_000_000_000, 5)}")));

        Assert.Equal(FailureKind.Permanent, failure.Kind);
        Assert.Contains("akun lain", failure.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Deletions);
    }

    [Fact]
    public async Task Telegram_DeletesWithin48Hours_RefusesAfter()
    {
        await using var fake = await Networks.StartAsync("Telegram");
        using var f = Networks.App(fake);
        await f.SeedUsersAsync();
        var first = await Networks.RowWhenAsync(f, await Publish.ApproveAsync(f, "Pengumuman pertama"), o => o.Status == OutboxStatus.Sent);
        var second = await Networks.RowWhenAsync(f, await Publish.ApproveAsync(f, "Pengumuman kedua"), o => o.Status == OutboxStatus.Sent);
        var (young, old) = (fake.Posts[0], fake.Posts[1]);
        fake.Age(young.Id, TimeSpan.FromHours(47.5));
        fake.Age(old.Id, TimeSpan.FromHours(48.5));

        await DeleteAsync(f, "Telegram", first.RemoteId!.EndsWith("/" + young.Id, StringComparison.Ordinal) ? first : second);
        var failure = await Assert.ThrowsAsync<DeliveryFailureException>(() =>
            DeleteAsync(f, "Telegram", first.RemoteId!.EndsWith("/" + old.Id, StringComparison.Ordinal) ? first : second));

        Assert.Equal(FailureKind.Permanent, failure.Kind);
        Assert.Contains("message can't be deleted", failure.Message, StringComparison.Ordinal);
        Assert.Contains("48 jam", failure.Message, StringComparison.Ordinal);
        Assert.Equal([old.Id], fake.Posts.Select(p => p.Id));
        Assert.Equal(["deleted", "refused"], fake.Deletions.Select(d => d.Outcome));
    }

    [Fact]
    public async Task Mastodon_DeletionsOverTheInstancesLimit_AreRateLimited()
    {
        var mastodon = new FakeMastodon { DeleteLimit = 1, ResetAfter = TimeSpan.FromMinutes(30) };
        await using var fake = await mastodon.StartAsync();
        using var f = Networks.App(fake);
        await f.SeedUsersAsync();
        var first = await Networks.RowWhenAsync(f, await Publish.ApproveAsync(f, "Kabar satu"), o => o.Status == OutboxStatus.Sent);
        var second = await Networks.RowWhenAsync(f, await Publish.ApproveAsync(f, "Kabar dua"), o => o.Status == OutboxStatus.Sent);

        await DeleteAsync(f, "Mastodon", first);
        var failure = await Assert.ThrowsAsync<DeliveryFailureException>(() => DeleteAsync(f, "Mastodon", second));

        Assert.Equal(FailureKind.RateLimited, failure.Kind);
        Assert.True(failure.RetryAt > DateTimeOffset.UtcNow.AddMinutes(20), failure.RetryAt?.ToString("O"));
        Assert.Single(fake.Posts);
    }

    private static string UnknownId(string network) => network switch
    {
        "Facebook" => FakeFacebook.PageId + "_1999999999",
        "Telegram" => FakeTelegram.ChannelNumber + "/1999999999",
        "Bluesky" => $"at://{FakeBluesky.Did}/app.bsky.feed.post/{BlueskyRecordKey.Tid(1_765_000_000_000_000, 9)}",
        _ => "1999999999",
    };

    /// <summary>A sent row of channel "medsos" whose post has <paramref name="remoteId"/> on the network.</summary>
    private static OutboxMessage Row(string network, string remoteId) => new()
    {
        Id = Guid.NewGuid(),
        MateriId = Guid.NewGuid(),
        Channel = Networks.Channel,
        ChannelType = network,
        Title = "Berita",
        Text = "Berita https://kecamatan-contoh.karanganyarkab.go.id/berita/berita",
        Link = "https://kecamatan-contoh.karanganyarkab.go.id/berita/berita",
        Status = OutboxStatus.Sent,
        CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-5),
        SentAt = DateTimeOffset.UtcNow.AddMinutes(-4),
        RemoteId = remoteId,
    };

    /// <summary>Deletes <paramref name="row"/>'s post through the client the app registers for <paramref name="network"/>.</summary>
    private static async Task DeleteAsync(SopAppFactory f, string network, OutboxMessage row)
    {
        using var scope = f.Services.CreateScope();
        var channel = await scope.ServiceProvider.GetRequiredService<ChannelDirectory>().FindAsync(Networks.Channel, CancellationToken.None);
        var client = scope.ServiceProvider.GetServices<ISocialChannel>().Single(c => c.Type == network);
        var removal = Assert.IsAssignableFrom<ISocialPostRemoval>(client);
        await removal.DeleteAsync(new RemovalRequest(row, channel!), CancellationToken.None);
    }
}
