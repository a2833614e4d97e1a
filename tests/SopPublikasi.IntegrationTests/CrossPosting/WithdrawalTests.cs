using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks;
using SopPublikasi.Module.CrossPosting.Networks.Instagram;
using SopPublikasi.Module.CrossPosting.Removal;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Notifications;
using SopPublikasi.Module.Webhooks;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// Withdrawal ("Tarik dari publikasi") through HTTP, in the admin and the API: who may, the reason, the article gone from
/// every public surface at once (410 on its address), the history, and its cross-posts: deleted where the network can
/// (the log channel and a test network), left to a person with the network's hint where it cannot (Instagram), a post
/// not yet sent never posted, a post in flight removed once sent.
/// </summary>
public class WithdrawalTests
{
    private const string Title = "Pembagian bibit durian unggul kepada kelompok tani Sidomulyo";

    [Fact]
    public async Task WithdrawInTheAdmin_GoneEverywhereAtOnce_HistoryKept_PostsRemovedOrLeftToAPerson_UnsentNeverPosted()
    {
        using var f = Factory();
        f.Settings["CrossPosting:Channels:tarik-tunda:Type"] = TarikNetwork.Name;
        f.Settings["CrossPosting:FirstRetryDelay"] = "01:00:00";
        var board = f.Services.GetRequiredService<TarikBoard>();
        board.Refusing["tarik-tunda"] = true;
        await f.SeedUsersAsync();
        var id = await Publish.ApproveAsync(f, Title);
        var slug = f.WithDb(db => db.Materi.Single(m => m.Id == id).Slug);
        await Eventually.WaitAsync(
            () => f.WithDb(db => db.Outbox.AsNoTracking().Where(o => o.MateriId == id).ToList()),
            rows => rows.Count(o => o.Status == OutboxStatus.Sent) == 3 && rows.Any(o => o.Channel == "tarik-tunda" && o.Status == OutboxStatus.Waiting),
            TimeSpan.FromSeconds(30));
        var instagram = AddSentInstagramPost(f, id);
        var visitor = Api.Anonymous(f);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/berita/{slug}", UriKind.Relative))).StatusCode);
        Assert.Contains(slug, await visitor.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains(Title, await visitor.GetStringAsync(new Uri("/cari?q=durian", UriKind.Relative)), StringComparison.Ordinal);

        // Nobody without the permission is offered the move; the Sekretaris who tries is refused with the reason.
        var sekretaris = await Browser.SignInAsync(f, "sekretaris");
        var asSekretaris = await sekretaris.GetAsync($"/admin/materi/{id}");
        Assert.Null(asSekretaris.Document.QuerySelector("form[data-aksi='tarik']"));
        var refused = await sekretaris.PostCraftedAsync($"/admin/materi/{id}", $"/admin/materi/{id}?handler=Transisi", new() { ["Input.Aksi"] = "tarik", ["Input.Catatan"] = "Coba" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Contains("TarikMateri", refused.Errors(), StringComparison.Ordinal);

        // The PPID Pembantu is offered it; without a reason it is refused beside the field and nothing changes.
        var ppid = await Browser.SignInAsync(f, "ppid");
        var page = await ppid.GetAsync($"/admin/materi/{id}");
        Assert.Equal("Alasan penarikan *", page.Document.QuerySelector("form[data-aksi='tarik'] label[for='catatan-tarik']")?.TextContent);
        var empty = await ppid.SubmitFormAsync(page, "form[data-aksi='tarik']", new() { ["Input.Catatan"] = "  " });
        Assert.Equal("Alasan penarikan wajib diisi.", empty.Document.QuerySelector("form[data-aksi='tarik'] .field-error")?.TextContent.Trim());
        Assert.Equal(WorkflowState.Terbit, f.WithDb(db => db.Materi.Single(m => m.Id == id).State));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/berita/{slug}", UriKind.Relative))).StatusCode);

        var done = await ppid.SubmitFormAsync(empty, "form[data-aksi='tarik']", new() { ["Input.Catatan"] = "Terbit karena salah unggah lampiran" });
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Equal("Ditarik", done.Document.QuerySelector("[data-testid='tahap']")?.TextContent);
        Assert.Contains("Materi ditarik dari publikasi", done.Text(), StringComparison.Ordinal);

        // Gone at once: the article's address answers 410 with a short notice (no reason), the API 410 problem+json.
        var gone = await visitor.GetAsync(new Uri($"/berita/{slug}", UriKind.Relative));
        var notice = await gone.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("Berita ini telah ditarik", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("salah unggah", notice, StringComparison.Ordinal);
        Assert.DoesNotContain(Title, notice, StringComparison.Ordinal);
        Assert.Contains("noindex", notice, StringComparison.Ordinal);
        var apiGone = await (await visitor.GetAsync(new Uri($"/api/v1/berita/{slug}", UriKind.Relative))).ProblemAsync(410);
        Assert.Equal("Berita telah ditarik.", apiGone.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri("/berita/tidak-pernah-ada", UriKind.Relative))).StatusCode);
        foreach (var url in new[] { "/", "/berita", "/rss.xml", "/atom.xml", "/api/v1/berita", "/cari?q=durian", "/api/v1/berita?q=durian", "/ppid" })
        {
            Assert.DoesNotContain(Title, await visitor.GetStringAsync(new Uri(url, UriKind.Relative)), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(slug, await visitor.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)), StringComparison.Ordinal);

        // The history says who, when and why, in the hash chain.
        var entry = done.Document.QuerySelector("[data-testid='riwayat'] li[data-aksi='tarik']")?.TextContent ?? string.Empty;
        Assert.Contains("Tarik dari publikasi", entry, StringComparison.Ordinal);
        Assert.Contains("Catatan: Terbit karena salah unggah lampiran", entry, StringComparison.Ordinal);
        Assert.Contains("Terbit → Ditarik", entry, StringComparison.Ordinal);
        var history = f.WithDb(db => db.History.AsNoTracking().Where(h => h.MateriId == id).OrderBy(h => h.Sequence).ToList());
        var ppidId = f.WithDb(db => db.Users.Single(u => u.UserName == "ppid").Id);
        Assert.Equal(("tarik", ppidId, "Terbit karena salah unggah lampiran"), (history[^1].Action, history[^1].ActorId, history[^1].Note));
        Assert.Null(HistoryChain.FindBreak(history));

        // The Sekretaris hears of it (the PPID Pembantu took the move and is not told of their own).
        var sekretarisId = f.WithDb(db => db.Users.Single(u => u.UserName == "sekretaris").Id);
        Assert.Contains(f.WithDb(db => db.Notifications.AsNoTracking().Where(n => n.UserId == sekretarisId).Select(n => n.Kind).ToList()), k => k == "ditarik");

        // Posts: the not yet sent one is cancelled; the sent ones are deleted by their networks, once each; Instagram
        // is left to a person with its hint.
        var removals = await Eventually.WaitAsync(
            () => f.WithDb(db => db.OutboxRemovals.AsNoTracking().Where(r => r.MateriId == id).ToList()),
            r => r.Count(x => x.Status == RemovalStatus.Removed) == 3,
            TimeSpan.FromSeconds(30));
        Assert.Equal(
            [("log", RemovalStatus.Removed), ("log-kedua", RemovalStatus.Removed), ("tarik", RemovalStatus.Removed), ("ig", RemovalStatus.Manual)],
            removals.OrderBy(r => r.ChannelType == "Instagram").ThenBy(r => r.Channel, StringComparer.Ordinal).Select(r => (r.Channel, r.Status)));
        var tarikRow = f.WithDb(db => db.Outbox.AsNoTracking().Single(o => o.MateriId == id && o.Channel == "tarik"));
        Assert.Equal([("tarik", tarikRow.RemoteId!)], board.Deletions.ToArray());
        Assert.Empty(board.Posts);
        Assert.Contains(f.Logs!.Lines, l => l.Contains($"on log channel log for materi {id} withdrawn", StringComparison.Ordinal));
        var tunda = f.WithDb(db => db.Outbox.AsNoTracking().Single(o => o.MateriId == id && o.Channel == "tarik-tunda"));
        Assert.Equal((OutboxStatus.Cancelled, RemoveCrossPostsOnWithdrawal.CancelledReason), (tunda.Status, tunda.WaitReason));

        // An administrator sending the cancelled post again cannot post it after the withdrawal.
        board.Refusing.Clear();
        using (var scope = f.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<OutboxActions>().RetryAsync(tunda.Id, CancellationToken.None));
        }

        await Eventually.WaitAsync(
            () => f.WithDb(db => db.Outbox.AsNoTracking().Single(o => o.Id == tunda.Id).Status),
            s => s == OutboxStatus.Cancelled,
            TimeSpan.FromSeconds(30));
        await Rounds.WaitAsync<OutboxDispatcher>(f);
        Assert.Equal(OutboxStatus.Cancelled, f.WithDb(db => db.Outbox.AsNoTracking().Single(o => o.Id == tunda.Id).Status));
        Assert.DoesNotContain("tarik-tunda", board.Posts.Values);

        // The item page and the API say what happened to each post, and ask for Instagram's removal by hand.
        var hint = new InstagramNetwork().Removal.ManualHint!;
        var admin = await Browser.SignInAsync(f, "admin");
        var status = await admin.GetAsync($"/admin/materi/{id}");
        Assert.Equal("Dihapus dari Tarik", status.Document.QuerySelector("tr[data-kanal='tarik'] [data-penghapusan]")?.TextContent.Trim());
        Assert.Equal("Dihapus dari Log", status.Document.QuerySelector("tr[data-kanal='log'] [data-penghapusan]")?.TextContent.Trim());
        var igCell = status.Document.QuerySelector("tr[data-kanal='ig'] [data-penghapusan]")?.TextContent ?? string.Empty;
        Assert.Contains($"Hapus manual di Instagram: {hint}", igCell, StringComparison.Ordinal);
        Assert.Equal("Dibatalkan", status.Document.QuerySelector("tr[data-kanal='tarik-tunda'] [data-status]")?.TextContent.Trim());
        var api = await (await (await Api.ClientForAsync(f, "ppid")).GetAsync(new Uri($"/api/v1/materi/{id}/crosspost", UriKind.Relative))).JsonAsync();
        var igApi = api.EnumerateArray().Single(x => x.GetProperty("kanal").GetString() == "ig").GetProperty("penghapusan");
        Assert.Equal(("Manual", hint), (igApi.GetProperty("status").GetString(), igApi.GetProperty("petunjuk").GetString()?[..hint.Length]));
        Assert.Equal("Dihapus dari Tarik", api.EnumerateArray().Single(x => x.GetProperty("kanal").GetString() == "tarik").GetProperty("penghapusan").GetProperty("keterangan").GetString());

        // Only an administrator (KelolaSaluran) marks it deleted by hand; who and when are kept, a second press changes nothing.
        Assert.Null(page.Document.QuerySelector("form[data-aksi='tandai-dihapus']"));
        var marked = await admin.SubmitFormAsync(status, "tr[data-kanal='ig'] form[data-aksi='tandai-dihapus']", []);
        Assert.Contains("Sudah dihapus manual oleh", marked.Document.QuerySelector("tr[data-kanal='ig'] [data-penghapusan]")?.TextContent, StringComparison.Ordinal);
        var byHand = f.WithDb(db => db.OutboxRemovals.AsNoTracking().Single(r => r.OutboxId == instagram));
        var adminId = f.WithDb(db => db.Users.Single(u => u.UserName == "admin").Id);
        Assert.Equal((RemovalStatus.RemovedByHand, adminId), (byHand.Status, byHand.RemovedById));
        Assert.NotNull(byHand.RemovedAt);
        var ppidMark = await ppid.PostCraftedAsync($"/admin/materi/{id}", $"/admin/materi/{id}?handler=TandaiDihapus", new() { ["penghapusan"] = byHand.Id.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, ppidMark.Status);
    }

    [Fact]
    public async Task WithdrawThroughTheApi_PermissionAndReasonChecked_410_HistoryInTheApi()
    {
        using var f = Factory();
        await f.SeedUsersAsync();
        var id = await Publish.ApproveAsync(f, Title);
        var slug = f.WithDb(db => db.Materi.Single(m => m.Id == id).Slug);
        var url = $"/api/v1/materi/{id}/transisi";
        f.WithDb(db =>
        {
            // A subscriber of the withdrawal event only (its address is never reached; the delivery row is what counts).
            db.WebhookSubscriptions.Add(new WebhookSubscription { Id = Guid.NewGuid(), Url = "http://127.0.0.1:9/", Events = [WebhookEvents.Ditarik], ProtectedSecret = "x", CreatedAt = DateTimeOffset.UtcNow });
            return db.SaveChanges();
        });

        var bySekretaris = await (await Api.ClientForAsync(f, "sekretaris")).PostJsonAsync(url, new { aksi = "tarik", catatan = "Coba" });
        Assert.Contains("TarikMateri", (await bySekretaris.ProblemAsync(403)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var verifikator = await Api.ClientForAsync(f, "verifikator");
        var noReason = await (await verifikator.PostJsonAsync(url, new { aksi = "tarik" })).ProblemAsync(422);
        Assert.Equal("Alasan penarikan wajib diisi.", noReason.GetProperty("errors").GetProperty("catatan")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, (await Api.Anonymous(f).GetAsync(new Uri($"/api/v1/berita/{slug}", UriKind.Relative))).StatusCode);

        var done = await verifikator.PostJsonAsync(url, new { aksi = "tarik", catatan = "Informasi dikecualikan menurut uji konsekuensi" });
        Assert.True(done.IsSuccessStatusCode, await done.Content.ReadAsStringAsync());

        await (await Api.Anonymous(f).GetAsync(new Uri($"/api/v1/berita/{slug}", UriKind.Relative))).ProblemAsync(410);
        Assert.Equal(HttpStatusCode.Gone, (await Api.Anonymous(f).GetAsync(new Uri($"/berita/{slug}", UriKind.Relative))).StatusCode);
        var item = await (await verifikator.GetAsync(new Uri($"/api/v1/materi/{id}", UriKind.Relative))).JsonAsync();
        Assert.Contains("tarik", item.ToString(), StringComparison.Ordinal);
        Assert.Contains("Informasi dikecualikan menurut uji konsekuensi", item.ToString(), StringComparison.Ordinal);
        Assert.Equal(WorkflowState.Ditarik, f.WithDb(db => db.Materi.Single(m => m.Id == id).State));
        var delivery = Assert.Single(f.WithDb(db => db.WebhookDeliveries.AsNoTracking().Where(d => d.Event == WebhookEvents.Ditarik).ToList()));
        Assert.Contains(slug, delivery.Payload, StringComparison.Ordinal);
        Assert.Contains("Informasi dikecualikan menurut uji konsekuensi", delivery.Payload, StringComparison.Ordinal);

        // Once withdrawn there is nothing left to withdraw.
        await (await verifikator.PostJsonAsync(url, new { aksi = "tarik", catatan = "Lagi" })).ProblemAsync(409);
    }

    [Fact]
    public async Task WithdrawWhileAPostIsInFlight_ItIsRemovedOnceSent()
    {
        using var f = Factory();
        var board = f.Services.GetRequiredService<TarikBoard>();
        using var gate = new SemaphoreSlim(0);
        board.Gate = gate;
        await f.SeedUsersAsync();
        var id = await Publish.ApproveAsync(f, Title);
        await board.InFlight.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(OutboxStatus.Sending, f.WithDb(db => db.Outbox.AsNoTracking().Single(o => o.MateriId == id && o.Channel == "tarik").Status));

        var done = await (await Api.ClientForAsync(f, "ppid")).PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "tarik", catatan = "Salah unggah" });
        Assert.True(done.IsSuccessStatusCode, await done.Content.ReadAsStringAsync());
        var waiting = f.WithDb(db => db.OutboxRemovals.AsNoTracking().Single(r => r.MateriId == id && r.Channel == "tarik"));
        Assert.Equal((RemovalStatus.AwaitingSend, "Menunggu penghapusan"), (waiting.Status, RemovalStatusText.Label(waiting)));

        gate.Release();
        var removed = await Eventually.WaitAsync(
            () => f.WithDb(db => db.OutboxRemovals.AsNoTracking().Single(r => r.Id == waiting.Id)),
            r => r.Status == RemovalStatus.Removed,
            TimeSpan.FromSeconds(30));
        Assert.Equal(RemovalStatus.Removed, removed.Status);
        var sent = f.WithDb(db => db.Outbox.AsNoTracking().Single(o => o.MateriId == id && o.Channel == "tarik"));
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal([("tarik", sent.RemoteId!)], board.Deletions.ToArray());
    }

    private static SopAppFactory Factory()
    {
        var f = new SopAppFactory { TestServices = services => services.AddSocialNetwork<TarikNetwork>(), Logs = new LogCapture() };
        f.Settings["CrossPosting:PollInterval"] = "00:00:00.100";
        f.Settings["CrossPosting:Channels:tarik:Type"] = TarikNetwork.Name;
        return f;
    }

    /// <summary>An Instagram post as the dispatcher records one (its fake has no deletion: Instagram cannot delete).</summary>
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
                RemoteId = "17895695668004550",
                RemoteUrl = "https://www.instagram.com/p/abc/",
                CreatedAt = DateTimeOffset.UtcNow,
                SentAt = DateTimeOffset.UtcNow,
                NextAttemptAt = DateTimeOffset.UtcNow,
            });
            return db.SaveChanges();
        });
        return id;
    }
}
