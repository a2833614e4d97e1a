using System.Net;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.CrossPosting;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>The admin pages "Status Media Sosial" and "Saluran Media Sosial", driven as people use them.</summary>
public class MediaSosialPageTests
{
    [Fact]
    public async Task PausedChannel_ShownPausedNeverSent_AdminResumes_ThenTerkirimWithLink()
    {
        await using var fake = await Networks.StartAsync("X");
        fake.Next(Fault.ExpiredToken);
        using var f = Networks.App(fake, notifier: new RecordingNotifier());
        await f.SeedUsersAsync();
        var id = await Publish.ApproveAsync(f, "Pelatihan UMKM desa");
        await Eventually.WaitAsync(() => f.WithDb(db => db.SocialChannels.AsNoTracking().Any(c => c.Paused)), paused => paused, TimeSpan.FromSeconds(30));

        var admin = await Browser.SignInAsync(f, "admin");
        var status = await admin.GetAsync("/admin/media-sosial");
        var row = status.Document.QuerySelector($"tr[data-kanal='{Networks.Channel}'][data-materi='{id}']")!;
        Assert.Contains("Saluran dijeda", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("X menjawab 401", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Terkirim", row.TextContent, StringComparison.Ordinal);
        var timeline = await admin.GetAsync($"/admin/materi/{id}");
        Assert.Contains("Saluran dijeda", timeline.Document.QuerySelector($"#medsos ~ table tr[data-kanal='{Networks.Channel}']")!.TextContent, StringComparison.Ordinal);

        var channels = await admin.GetAsync("/admin/media-sosial/saluran");
        Assert.Contains("Dijeda", channels.Document.QuerySelector($"tr[data-saluran='{Networks.Channel}'] [data-testid=status]")!.TextContent, StringComparison.Ordinal);
        var resumed = await admin.SubmitFormAsync(channels, $"tr[data-saluran='{Networks.Channel}'] form[data-aksi='lanjutkan']", []);
        Assert.Equal(HttpStatusCode.OK, resumed.Status);

        var sent = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent);
        Assert.True(sent.Status == OutboxStatus.Sent, Networks.Describe(sent, fake, f));
        Assert.Single(fake.Posts);
        var after = (await admin.GetAsync("/admin/media-sosial")).Document.QuerySelector($"tr[data-kanal='{Networks.Channel}'][data-materi='{id}'] a[href='{sent.RemoteUrl}']");
        Assert.Equal("Terkirim", after?.TextContent);
    }

    [Fact]
    public async Task HeldUncertainRow_AdminConfirmsWithLink_OthersCannotAct()
    {
        await using var fake = await Networks.StartAsync("Telegram");
        fake.Next(Fault.TimeoutAfterReceipt);
        using var f = Networks.App(fake, httpTimeout: TimeSpan.FromSeconds(2));
        await f.SeedUsersAsync();
        var id = await Publish.ApproveAsync(f, "Festival kuliner Telegram");
        var held = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Uncertain && o.NextAttemptAt.Year > 8000);
        Assert.True(held.Status == OutboxStatus.Uncertain, Networks.Describe(held, fake, f));

        var sekretaris = await Browser.SignInAsync(f, "sekretaris");
        var seen = await sekretaris.GetAsync("/admin/media-sosial");
        Assert.Contains("Belum pasti", seen.Document.QuerySelector($"tr[data-materi='{id}'][data-kanal='{Networks.Channel}']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(seen.Document.QuerySelector("form[data-aksi]"));
        var refused = await sekretaris.PostCraftedAsync("/admin/token", "/admin/media-sosial?handler=Ulangi", new() { ["id"] = held.Id.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);

        var admin = await Browser.SignInAsync(f, "admin");
        var page = await admin.GetAsync("/admin/media-sosial");
        await admin.SubmitFormAsync(page, $"tr[data-materi='{id}'][data-kanal='{Networks.Channel}'] form[data-aksi='konfirmasi']", new() { ["tautan"] = "https://t.me/kecamatancontoh/1000001" });

        var row = Networks.Row(f, id);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal("https://t.me/kecamatancontoh/1000001", row.RemoteUrl);
        Assert.Single(fake.Posts);
    }

    [Fact]
    public async Task AdminAddsTelegramChannel_CredentialsEncryptedAndMasked_TestConnection_ThenItPosts()
    {
        await using var fake = (FakeTelegram)await Networks.StartAsync("Telegram");
        using var f = new SopAppFactory();
        f.Settings["CrossPosting:PollInterval"] = "00:00:00.100";
        await f.SeedUsersAsync();
        var admin = await Browser.SignInAsync(f, "admin");

        // Refused input stays beside its field and saves nothing.
        var bad = await admin.SubmitAsync("/admin/media-sosial/saluran", "form[data-aksi='simpan']", new() { ["Input.Nama"] = "tg", ["Input.Jenis"] = "Telegram", ["Input.BaseUrl"] = fake.BaseUrl });
        Assert.Contains("BotToken", bad.Errors(), StringComparison.Ordinal);
        Assert.Equal(0, f.WithDb(db => db.SocialChannels.Count()));

        var saved = await admin.SubmitAsync("/admin/media-sosial/saluran", "form[data-aksi='simpan']", new()
        {
            ["Input.Nama"] = "tg",
            ["Input.Jenis"] = "Telegram",
            ["Input.BaseUrl"] = fake.BaseUrl,
            ["Input.Kredensial[BotToken]"] = FakeTelegram.Token,
            ["Input.Kredensial[ChatId]"] = FakeTelegram.ChatId,
        });
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.DoesNotContain(FakeTelegram.Token, saved.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Contains("••••oken", saved.Document.QuerySelector("tr[data-saluran='tg']")!.TextContent, StringComparison.Ordinal);
        var stored = f.WithDb(db => db.SocialChannels.AsNoTracking().Single(c => c.Name == "tg"));
        Assert.DoesNotContain(FakeTelegram.Token, stored.ProtectedCredentials, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeTelegram.Token, f.Errors.ToString(), StringComparison.Ordinal);

        var tested = await admin.SubmitFormAsync(saved, "tr[data-saluran='tg'] form[data-aksi='tes']", []);
        Assert.Contains("berhasil: @kecamatan_bot", tested.Document.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(fake.Posts);

        var id = await Publish.ApproveAsync(f, "Sosialisasi pajak bumi");
        var row = await Eventually.WaitAsync(() => f.WithDb(db => db.Outbox.AsNoTracking().Single(o => o.MateriId == id && o.Channel == "tg")), o => o.Status == OutboxStatus.Sent, TimeSpan.FromSeconds(30));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(row.Text, Assert.Single(fake.Posts).Text);

        // A wrong token: the test says so in the network's words, and still posts nothing.
        await admin.SubmitAsync("/admin/media-sosial/saluran", "form[data-aksi='simpan']", new()
        {
            ["Input.Nama"] = "tg",
            ["Input.Jenis"] = "Telegram",
            ["Input.BaseUrl"] = fake.BaseUrl,
            ["Input.Kredensial[BotToken]"] = "999:salah",
        });
        var failed = await admin.SubmitAsync("/admin/media-sosial/saluran", "tr[data-saluran='tg'] form[data-aksi='tes']", []);
        Assert.Contains("Telegram menjawab 401", failed.Document.QuerySelector("[data-testid=galat]")?.TextContent, StringComparison.Ordinal);
        Assert.Single(fake.Posts);

        var sekretaris = await Browser.SignInAsync(f, "sekretaris");
        Assert.Equal(HttpStatusCode.Forbidden, (await sekretaris.GetAsync("/admin/media-sosial/saluran")).Status);
    }
}
