using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.Identity;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// X with OAuth 2.0 user context against the fake, whose access tokens expire and whose refresh tokens are single-use:
/// an expired token is refreshed once and the new pair stored encrypted, so a restart uses the new refresh token (not the
/// configuration's spent one) until an operator puts new tokens in the configuration; a refused refresh pauses the
/// channel and tells the administrators once; an app-only token is refused for posting.
/// </summary>
public class XOAuth2Tests
{
    [Fact]
    public async Task ExpiredToken_RefreshedOnceStoredEncrypted_RestartUsesTheNewRefreshToken_NewConfigurationWins()
    {
        await using var fake = (FakeX)await Networks.StartAsync("X");
        var (access, refresh) = fake.OAuth2.Issue();
        fake.OAuth2.ExpireAll();
        using var database = TestDatabase.Create();

        using (var f = App(fake, database, access, refresh))
        {
            await f.SeedUsersAsync();
            var id = await Publish.ApproveAsync(f, "Pelayanan KTP keliling", Photos.Jpeg(800, 600, gps: false));

            var row = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent);
            Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
            Assert.Single(fake.Posts);
            Assert.Equal([refresh], fake.OAuth2.RefreshRequests);
            Assert.Equal(1, fake.Refused); // the one call made with the expired token
            var (newAccess, newRefresh) = Assert.Single(fake.OAuth2.Refreshed);

            var record = f.WithDb(db => db.SocialChannels.AsNoTracking().Single(c => c.Name == Networks.Channel));
            Assert.DoesNotContain(newRefresh, record.ProtectedCredentials, StringComparison.Ordinal);
            Assert.DoesNotContain(newAccess, record.ProtectedCredentials, StringComparison.Ordinal);
            var stored = f.Services.GetRequiredService<ChannelSecrets>().Unprotect(record.ProtectedCredentials);
            Assert.Equal(newRefresh, stored["RefreshToken"]);
            Assert.Equal(newAccess, stored["AccessToken"]);
            Assert.DoesNotContain(newRefresh, f.Errors.ToString(), StringComparison.Ordinal);
        }

        // Restarted with the same configuration, whose refresh token X has spent; two hours later.
        fake.OAuth2.ExpireAll();
        using (var f = App(fake, database, access, refresh))
        {
            var id = await Publish.ApproveAsync(f, "Pelayanan akta kelahiran");

            var row = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent);
            Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
            Assert.Equal(2, fake.Posts.Count);
            Assert.Equal([refresh, fake.OAuth2.Refreshed.First().Refresh], fake.OAuth2.RefreshRequests);
            Assert.Equal(2, fake.OAuth2.Refreshed.Count);
        }

        // The account authorized again: the operator puts the new pair in the configuration, and it is used as it is.
        fake.OAuth2.ExpireAll();
        var (operatorAccess, operatorRefresh) = fake.OAuth2.Issue();
        using (var f = App(fake, database, operatorAccess, operatorRefresh))
        {
            var id = await Publish.ApproveAsync(f, "Pelayanan kartu keluarga");

            var row = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent);
            Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
            Assert.Equal(3, fake.Posts.Count);
            Assert.Equal(2, fake.OAuth2.RefreshRequests.Count);
            Assert.Equal(2, fake.Refused);
        }
    }

    [Fact]
    public async Task RefreshRefused_ChannelPausedAdministratorsToldOnce_NoRetryStorm()
    {
        await using var fake = (FakeX)await Networks.StartAsync("X");
        var (access, refresh) = fake.OAuth2.Issue();
        fake.OAuth2.ExpireAll();
        fake.OAuth2.Revoke(refresh);
        var notifier = new RecordingNotifier();
        using var f = Networks.App(fake, notifier: notifier, channel: fake.ChannelOAuth2(Networks.Channel, access, refresh));
        await f.SeedUsersAsync();

        var first = await Publish.ApproveAsync(f, "Sosialisasi stunting");
        var paused = await Eventually.WaitAsync(() => f.WithDb(db => db.SocialChannels.AsNoTracking().FirstOrDefault(c => c.Name == Networks.Channel)), c => c?.Paused == true, TimeSpan.FromSeconds(30));
        Assert.True(paused?.Paused == true, Networks.Describe(Networks.Row(f, first), fake, f));
        Assert.Contains("X menolak memperbarui token (400 invalid_request): Value passed for the token was invalid.", paused!.PausedReason, StringComparison.Ordinal);
        var second = await Publish.ApproveAsync(f, "Sosialisasi gizi seimbang");
        await Rounds.WaitAsync<OutboxDispatcher>(f, 3); // rounds that saw the second row: neither is tried again

        Assert.Single(fake.OAuth2.RefreshRequests);
        Assert.Equal(1, fake.Refused);
        Assert.Empty(fake.PostAttempts);
        foreach (var row in new[] { Networks.Row(f, first), Networks.Row(f, second) })
        {
            Assert.NotEqual(OutboxStatus.Sent, row.Status);
            Assert.NotEqual(OutboxStatus.Failed, row.Status);
        }

        var told = Assert.Single(notifier.Sent);
        Assert.Equal("role:" + SopRoles.Administrator, told.To);
        Assert.Equal("saluran-dijeda", told.Notification.Kind);
    }

    [Fact]
    public async Task AppOnlyToken_RefusedForPosting_ChannelPausedWithoutRefreshing()
    {
        await using var fake = (FakeX)await Networks.StartAsync("X");
        var (_, refresh) = fake.OAuth2.Issue();
        using var f = Networks.App(fake, notifier: new RecordingNotifier(), channel: fake.ChannelOAuth2(Networks.Channel, FakeXOAuth2.AppOnlyToken, refresh));
        await f.SeedUsersAsync();

        var id = await Publish.ApproveAsync(f, "Pengumuman seleksi perangkat desa");

        var paused = await Eventually.WaitAsync(() => f.WithDb(db => db.SocialChannels.AsNoTracking().FirstOrDefault(c => c.Name == Networks.Channel)), c => c?.Paused == true, TimeSpan.FromSeconds(30));
        Assert.True(paused?.Paused == true, Networks.Describe(Networks.Row(f, id), fake, f));
        Assert.Contains("Application-Only is forbidden", paused!.PausedReason, StringComparison.Ordinal);
        Assert.Empty(fake.OAuth2.RefreshRequests);
        Assert.Empty(fake.Posts);
    }

    private static SopAppFactory App(FakeX fake, TestDatabase database, string access, string refresh) =>
        Networks.App(fake, database: database, channel: fake.ChannelOAuth2(Networks.Channel, access, refresh));
}
