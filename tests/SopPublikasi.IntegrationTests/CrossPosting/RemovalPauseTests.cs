using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Networks.Instagram;
using SopPublikasi.Module.CrossPosting.Removal;
using SopPublikasi.Module.Notifications;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// Issue 20: a removal the network refuses for the channel's credentials pauses the channel as a refused post does
/// (administrators told once, nothing retried while paused, "Lanjutkan saluran" lets it go), and Status Media Sosial
/// shows each withdrawn post's removal state as the item page does, with "Tandai sudah dihapus manual".
/// </summary>
public sealed class RemovalPauseTests
{
    private const string Title = "Penyaluran bantuan benih padi untuk kelompok tani Ngargoyoso";

    [Fact]
    public async Task RemovalRefusedForCredentials_PausesTheChannel_ShownOnStatusPage_ResumeRemovesIt()
    {
        await using var fake = await Networks.StartAsync("Mastodon");
        using var f = Networks.App(fake);
        await f.SeedUsersAsync();
        var id = await Publish.ApproveAsync(f, Title);
        var sent = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent);
        var instagram = AddSentInstagramPost(f, id);

        fake.NextDelete(Fault.ExpiredToken);
        await Publish.MoveAsync(await Api.ClientForAsync(f, "ppid"), id, new { aksi = "tarik", catatan = "Salah unggah lampiran" }, f);

        var removal = await Eventually.WaitAsync(
            () => f.WithDb(db => db.OutboxRemovals.AsNoTracking().Single(r => r.MateriId == id && r.Channel == Networks.Channel)),
            r => r.Status == RemovalStatus.Waiting && r.Attempts >= 1,
            TimeSpan.FromSeconds(30));
        Assert.Equal("Saluran dijeda: kredensial perlu diperbarui.", removal.WaitReason);
        var channel = f.WithDb(db => db.SocialChannels.AsNoTracking().Single(c => c.Name == Networks.Channel));
        Assert.True(channel.Paused);
        Assert.False(string.IsNullOrEmpty(channel.PausedReason));
        var adminId = f.WithDb(db => db.Users.Single(u => u.UserName == "admin").Id);
        var told = f.WithDb(db => db.Notifications.AsNoTracking().Where(n => n.UserId == adminId && n.Kind == "saluran-dijeda").ToList());
        Assert.Contains("menghapus", Assert.Single(told).Body, StringComparison.Ordinal);

        // Nothing is sent to the network again while the channel is paused.
        await Rounds.WaitAsync<OutboxDispatcher>(f, rounds: 3);
        Assert.Single(fake.Deletions);

        // Status Media Sosial shows each post's removal as the item page does.
        var admin = await Browser.SignInAsync(f, "admin");
        var status = await admin.GetAsync("/admin/media-sosial");
        var cell = status.Document.QuerySelector($"tr[data-materi='{id}'][data-kanal='{Networks.Channel}'] [data-penghapusan]");
        Assert.Equal("Waiting", cell?.GetAttribute("data-penghapusan"));
        Assert.Contains("Saluran dijeda: kredensial perlu diperbarui.", cell?.TextContent, StringComparison.Ordinal);
        var igCell = status.Document.QuerySelector($"tr[data-materi='{id}'][data-kanal='ig'] [data-penghapusan]");
        Assert.Contains($"Hapus manual di Instagram: {new InstagramNetwork().Removal.ManualHint}", igCell?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(igCell?.QuerySelector("form[data-aksi='tandai-dihapus'] button"));
        var item = await admin.GetAsync($"/admin/materi/{id}");
        Assert.Equal(
            item.Document.QuerySelector($"tr[data-kanal='ig'] [data-penghapusan]")?.TextContent.Trim(),
            igCell?.TextContent.Trim());

        // Someone without KelolaSaluran sees the state but no button.
        var ppid = await Browser.SignInAsync(f, "ppid");
        var asPpid = await ppid.GetAsync("/admin/media-sosial");
        Assert.Null(asPpid.Document.QuerySelector($"tr[data-materi='{id}'][data-kanal='ig'] form[data-aksi='tandai-dihapus']"));

        // The button marks it, from the status page.
        var marked = await admin.SubmitFormAsync(status, $"tr[data-materi='{id}'][data-kanal='ig'] form[data-aksi='tandai-dihapus']", []);
        Assert.Contains("ditandai sudah dihapus manual", marked.Text(), StringComparison.Ordinal);
        Assert.Equal(RemovalStatus.RemovedByHand, f.WithDb(db => db.OutboxRemovals.AsNoTracking().Single(r => r.OutboxId == instagram).Status));

        // "Lanjutkan saluran": the waiting removal goes at once and the post is deleted.
        var saluran = await admin.GetAsync("/admin/media-sosial/saluran");
        await admin.SubmitFormAsync(saluran, $"form[data-aksi='lanjutkan']:has(input[value='{Networks.Channel}'])", []);
        var removed = await Eventually.WaitAsync(
            () => f.WithDb(db => db.OutboxRemovals.AsNoTracking().Single(r => r.Id == removal.Id)),
            r => r.Status == RemovalStatus.Removed,
            TimeSpan.FromSeconds(30));
        Assert.Equal(RemovalStatus.Removed, removed.Status);
        Assert.Equal([sent.RemoteId!], fake.Deleted);
    }

    private static Guid AddSentInstagramPost(SopAppFactory f, Guid materiId)
    {
        var id = Guid.NewGuid();
        f.WithDb(db =>
        {
            db.Outbox.Add(new OutboxMessage
            {
                Id = id,
                MateriId = materiId,
                Channel = "ig",
                ChannelType = "Instagram",
                Title = Title,
                Text = Title,
                Link = "https://kecamatan-contoh.karanganyarkab.go.id/berita/x",
                Status = OutboxStatus.Sent,
                RemoteId = "17895695668004551",
                RemoteUrl = "https://www.instagram.com/p/abd/",
                CreatedAt = DateTimeOffset.UtcNow,
                SentAt = DateTimeOffset.UtcNow,
                NextAttemptAt = DateTimeOffset.UtcNow,
            });
            return db.SaveChanges();
        });
        return id;
    }
}
