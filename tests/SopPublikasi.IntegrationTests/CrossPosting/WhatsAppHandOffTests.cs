using System.Net;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// WhatsApp destinations have no API: their rows wait for a person, the text is ready to copy on the item page and on
/// Status Media Sosial, and an officer with KelolaSaluran marks each as sent by hand (docs/networks.md, WhatsApp).
/// </summary>
public class WhatsAppHandOffTests
{
    private const string Kecamatan = "wa-kecamatan";

    private const string Rt03 = "wa-rt03";

    /// <summary>The app with <paramref name="fake"/> as "medsos" and two WhatsApp destinations declared beside it.</summary>
    private static SopAppFactory App(FakeNetwork fake, bool both = true)
    {
        var f = Networks.App(fake);
        f.Settings[$"CrossPosting:Channels:{Kecamatan}:Type"] = "WhatsApp";
        f.Settings[$"CrossPosting:Channels:{Kecamatan}:Tujuan"] = "Saluran WhatsApp Kecamatan";
        if (both)
        {
            f.Settings[$"CrossPosting:Channels:{Rt03}:Type"] = "whatsapp";
            f.Settings[$"CrossPosting:Channels:{Rt03}:Tujuan"] = "Grup RT 03";
        }

        return f;
    }

    private static OutboxMessage Row(SopAppFactory f, Guid id, string channel) =>
        f.WithDb(db => db.Outbox.AsNoTracking().Single(o => o.MateriId == id && o.Channel == channel));

    private static AngleSharp.Dom.IElement StatusRow(Page page, Guid id, string channel) =>
        page.Document.QuerySelector($"tr[data-kanal='{channel}'][data-materi='{id}']")
            ?? throw new Xunit.Sdk.XunitException($"No row for {channel} on {page.Url}");

    [Fact]
    public async Task TwoDestinations_WaitForAPerson_OthersSent_CopyTextOnBothPages_MarkedByHandWithWhoAndWhen()
    {
        await using var fake = await Networks.StartAsync("Telegram");
        using var f = App(fake);
        await f.SeedUsersAsync();
        var id = await Publish.ApproveAsync(f, "Kerja bakti *Minggu* pagi", ringkasan: "Warga RT 03 diajak membersihkan saluran air bersama.");

        // The other channels still go; the dispatcher then goes round and round without touching the WhatsApp rows.
        var telegram = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent);
        Assert.True(telegram.Status == OutboxStatus.Sent, Networks.Describe(telegram, fake, f));
        await Eventually.WaitAsync(() => Row(f, id, "log"), o => o.Status == OutboxStatus.Sent, TimeSpan.FromSeconds(30));
        await Rounds.WaitAsync<OutboxDispatcher>(f, rounds: 3);
        var link = Row(f, id, Kecamatan).Link;
        foreach (var (channel, type) in new[] { (Kecamatan, "WhatsApp"), (Rt03, "WhatsApp") })
        {
            var wa = Row(f, id, channel);
            Assert.Equal((OutboxStatus.Manual, "Menunggu dikirim manual", type), (wa.Status, wa.WaitReason, wa.ChannelType));
            Assert.Equal((0, (string?)null, (DateTimeOffset?)null, (DateTimeOffset?)null, (string?)null), (wa.Attempts, wa.LeaseOwner, wa.FirstAttemptAt, wa.SentAt, wa.LastError));
            Assert.Equal($"*Kerja bakti \u2217Minggu\u2217 pagi*\n\nWarga RT 03 diajak membersihkan saluran air bersama.\n\n_Selengkapnya:_\n{link}", wa.Text);
        }

        Assert.Single(fake.Posts);
        Assert.Equal(0, f.WithDb(db => new PendingPosts().PendingSince(db).Count()));

        // The copy text on Status Media Sosial and on the item page, with the button for those who may mark it.
        var admin = await Browser.SignInAsync(f, "admin");
        var status = await admin.GetAsync("/admin/media-sosial");
        foreach (var channel in new[] { Kecamatan, Rt03 })
        {
            var row = StatusRow(status, id, channel);
            Assert.Contains("Menunggu dikirim manual", row.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Terkirim", row.TextContent, StringComparison.Ordinal);
            Assert.Equal(Row(f, id, channel).Text, row.QuerySelector("textarea[data-salin-teks][readonly]")?.TextContent);
            Assert.NotNull(row.QuerySelector("button[data-salin]"));
            Assert.NotNull(row.QuerySelector("form[data-aksi='tandai-terkirim']"));
            Assert.Null(row.QuerySelector("form[data-aksi='ulangi']"));
        }

        Assert.Contains("Grup RT 03", StatusRow(status, id, Rt03).TextContent, StringComparison.Ordinal);
        Assert.NotNull(status.Document.QuerySelector("script[src*='js/salin.js']"));
        var item = await admin.GetAsync($"/admin/materi/{id}");
        var itemRow = item.Document.QuerySelector($"#medsos ~ table tr[data-kanal='{Kecamatan}']")!;
        Assert.Equal(Row(f, id, Kecamatan).Text, itemRow.QuerySelector("textarea[data-salin-teks]")?.TextContent);
        Assert.NotNull(itemRow.QuerySelector("form[data-aksi='tandai-terkirim']"));
        Assert.NotNull(item.Document.QuerySelector("script[src*='js/salin.js']"));

        // Someone who sees the posts but does not manage the channels: the text, no button, and 403 when forced.
        var sekretaris = await Browser.SignInAsync(f, "sekretaris");
        var seen = await sekretaris.GetAsync("/admin/media-sosial");
        Assert.Equal(Row(f, id, Rt03).Text, StatusRow(seen, id, Rt03).QuerySelector("textarea[data-salin-teks]")?.TextContent);
        Assert.Null(seen.Document.QuerySelector("form[data-aksi='tandai-terkirim']"));
        Assert.Null((await sekretaris.GetAsync($"/admin/materi/{id}")).Document.QuerySelector("form[data-aksi='tandai-terkirim']"));
        var rt03Id = Row(f, id, Rt03).Id.ToString();
        Assert.Equal(HttpStatusCode.Forbidden, (await sekretaris.PostCraftedAsync("/admin/media-sosial", "/admin/media-sosial?handler=TandaiTerkirim", new() { ["kiriman"] = rt03Id })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await sekretaris.PostCraftedAsync($"/admin/materi/{id}", $"/admin/materi/{id}?handler=TandaiTerkirim", new() { ["kiriman"] = rt03Id })).Status);
        Assert.Equal(OutboxStatus.Manual, Row(f, id, Rt03).Status);

        // The officer marks one as sent: who and when are kept, and the status page says so.
        var adminId = f.WithDb(db => db.Users.Single(u => u.UserName == "admin").Id);
        var sameFormElsewhere = await admin.GetAsync("/admin/media-sosial"); // another tab, opened before the mark
        var marked = await admin.SubmitFormAsync(status, $"tr[data-kanal='{Rt03}'][data-materi='{id}'] form[data-aksi='tandai-terkirim']", []);
        Assert.Equal(HttpStatusCode.OK, marked.Status);
        var sent = Row(f, id, Rt03);
        Assert.Equal((OutboxStatus.Sent, adminId, "Uji admin", (string?)null, (string?)null), (sent.Status, sent.SentById, sent.SentByName, sent.WaitReason, sent.RemoteId));
        Assert.NotNull(sent.SentAt);
        var told = $"Terkirim manual oleh Uji admin, {IndonesianTime.DateTime(sent.SentAt!.Value)}";
        Assert.Contains(told, StatusRow(marked, id, Rt03).TextContent, StringComparison.Ordinal);
        Assert.Null(StatusRow(marked, id, Rt03).QuerySelector("textarea"));
        Assert.Equal(OutboxStatus.Manual, Row(f, id, Kecamatan).Status);

        // A second submit of the same form (a double tap) lands on the first result; the same mark from another tab
        // opened before it is told it was already recorded. Either way the first mark stands.
        var again = await admin.SubmitFormAsync(status, $"tr[data-kanal='{Rt03}'][data-materi='{id}'] form[data-aksi='tandai-terkirim']", []);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("Formulir ini sudah terkirim sebelumnya", again.Text(), StringComparison.Ordinal);
        var otherTab = await admin.SubmitFormAsync(sameFormElsewhere, $"tr[data-kanal='{Rt03}'][data-materi='{id}'] form[data-aksi='tandai-terkirim']", []);
        Assert.Equal(HttpStatusCode.OK, otherTab.Status);
        Assert.Contains("Sudah tercatat sebelumnya", otherTab.Text(), StringComparison.Ordinal);
        var still = Row(f, id, Rt03);
        Assert.Equal((OutboxStatus.Sent, sent.SentAt, adminId), (still.Status, still.SentAt, still.SentById));

        // The item page tells the same truth, and marks the other destination from there.
        item = await admin.GetAsync($"/admin/materi/{id}");
        Assert.Contains(told, item.Document.QuerySelector($"#medsos ~ table tr[data-kanal='{Rt03}']")!.TextContent, StringComparison.Ordinal);
        var fromItem = await admin.SubmitFormAsync(item, $"#medsos ~ table tr[data-kanal='{Kecamatan}'] form[data-aksi='tandai-terkirim']", []);
        Assert.Equal(HttpStatusCode.OK, fromItem.Status);
        Assert.Contains("Terkirim manual oleh Uji admin", fromItem.Document.QuerySelector($"#medsos ~ table tr[data-kanal='{Kecamatan}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, Row(f, id, Kecamatan).Status);

        await Rounds.WaitAsync<OutboxDispatcher>(f, rounds: 2);
        Assert.Single(fake.Posts);
        // Nothing of cross-posting logged an error (EF's first look for its history table on a new PostgreSQL database does).
        Assert.DoesNotContain("SopPublikasi.Module.CrossPosting", f.Errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatcher_ManyPollRounds_NeverTouchesHandOffRows_EvenDueOrPending()
    {
        await using var fake = await Networks.StartAsync("Telegram");
        using var f = App(fake, both: false);
        await f.SeedUsersAsync();
        var id = await Publish.ApproveAsync(f, "Posyandu balita bulan Desember");
        await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent);
        var before = Row(f, id, Kecamatan);
        Assert.Equal(OutboxStatus.Manual, before.Status);

        // Due long ago: still waiting for a person.
        f.WithDb(db => db.Outbox.Where(o => o.Id == before.Id).ExecuteUpdate(s => s.SetProperty(o => o.NextAttemptAt, DateTimeOffset.UtcNow.AddHours(-1))));
        await Rounds.WaitAsync<OutboxDispatcher>(f, rounds: 5);
        var due = Row(f, id, Kecamatan);
        Assert.Equal((OutboxStatus.Manual, 0, (string?)null, (DateTimeOffset?)null, (string?)null), (due.Status, due.Attempts, due.LeaseOwner, due.FirstAttemptAt, due.LastError));

        // Even a row put back into a sendable state (by hand, by a bug) is left alone: no network can take it.
        f.WithDb(db => db.Outbox.Where(o => o.Id == before.Id).ExecuteUpdate(s => s.SetProperty(o => o.Status, OutboxStatus.Pending)));
        await Rounds.WaitAsync<OutboxDispatcher>(f, rounds: 5);
        var pending = Row(f, id, Kecamatan);
        Assert.Equal((OutboxStatus.Pending, 0, (string?)null, (DateTimeOffset?)null, (string?)null), (pending.Status, pending.Attempts, pending.LeaseOwner, pending.FirstAttemptAt, pending.LastError));
        Assert.Single(fake.Posts);
    }

    [Fact]
    public async Task AdminAddsWhatsAppDestination_OnlyItsName_NoConnectionTest_NextArticleWaitsForAPerson()
    {
        await using var fake = await Networks.StartAsync("Telegram");
        using var f = Networks.App(fake);
        await f.SeedUsersAsync();
        var admin = await Browser.SignInAsync(f, "admin");
        var form = await admin.GetAsync("/admin/media-sosial/saluran");
        Assert.Equal("WhatsApp (kirim manual)", form.Document.QuerySelector("select[name='Input.Jenis'] option[value='WhatsApp']")?.TextContent);

        var refused = await admin.SubmitFormAsync(form, "form[data-aksi='simpan']", new() { ["Input.Nama"] = "wa-rt05", ["Input.Jenis"] = "WhatsApp" });
        Assert.Contains("Tujuan", refused.Errors(), StringComparison.Ordinal);
        var saved = await admin.SubmitFormAsync(form, "form[data-aksi='simpan']", new() { ["Input.Nama"] = "wa-rt05", ["Input.Jenis"] = "WhatsApp", ["Input.Kredensial[Tujuan]"] = "Grup RT 05" });
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.NotNull(saved.Document.QuerySelector("tr[data-saluran='wa-rt05']"));
        Assert.Null(saved.Document.QuerySelector("tr[data-saluran='wa-rt05'] form[data-aksi='tes']"));
        var tested = await admin.PostCraftedAsync("/admin/media-sosial/saluran", "/admin/media-sosial/saluran?handler=Tes", new() { ["nama"] = "wa-rt05" });
        Assert.Equal(HttpStatusCode.OK, tested.Status);
        Assert.Contains("dikirim manual", tested.Text(), StringComparison.Ordinal);

        var id = await Publish.ApproveAsync(f, "Jadwal vaksinasi hewan");
        await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent);
        var row = Row(f, id, "wa-rt05");
        Assert.Equal((OutboxStatus.Manual, "WhatsApp"), (row.Status, row.ChannelType));
        var status = await admin.GetAsync("/admin/media-sosial");
        Assert.Contains("Grup RT 05", StatusRow(status, id, "wa-rt05").TextContent, StringComparison.Ordinal);

        // Cancelled (the group is gone), then sent again: it waits for a person again, never for the dispatcher.
        var cancelled = await admin.SubmitFormAsync(status, $"tr[data-kanal='wa-rt05'][data-materi='{id}'] form[data-aksi='batalkan']", []);
        Assert.Equal(OutboxStatus.Cancelled, Row(f, id, "wa-rt05").Status);
        await admin.SubmitFormAsync(cancelled, $"tr[data-kanal='wa-rt05'][data-materi='{id}'] form[data-aksi='ulangi']", []);
        await Rounds.WaitAsync<OutboxDispatcher>(f, rounds: 3);
        var again = Row(f, id, "wa-rt05");
        Assert.Equal((OutboxStatus.Manual, "Menunggu dikirim manual", 0), (again.Status, again.WaitReason, again.Attempts));
        Assert.Null(again.LastError);
    }
}
