using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Notifications;

namespace SopPublikasi.IntegrationTests;

/// <summary>The app and a real SMTP server (aiosmtpd) on 127.0.0.1, and the test accounts with e-mail addresses.</summary>
public sealed class MailFixture : IAsyncLifetime
{
    public SmtpTestServer Smtp { get; } = new();

    public SopAppFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        await Smtp.StartAsync();
        await BootAsync(Factory, Smtp);
    }

    public static async Task BootAsync(SopAppFactory factory, SmtpTestServer smtp)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(smtp);
        foreach (var (key, value) in smtp.Settings())
        {
            factory.Settings[key] = value;
        }

        await factory.SeedUsersAsync();
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (userName, _) in TestUsers.All)
        {
            var user = (await users.FindByNameAsync(userName))!;
            await users.SetEmailAsync(user, $"{userName}@kecamatan-contoh.go.id");
        }
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        Smtp.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Notifications: stored per person, counted by the bell, and e-mailed through a real SMTP server by the background sender.</summary>
public sealed class NotificationTests(MailFixture mail) : IClassFixture<MailFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private SopAppFactory App => mail.Factory;

    [Fact]
    public async Task TaskLandsOnAgendaris_StoredCountedByBellAndDeliveredToSmtpServer()
    {
        var agendaris = await Browser.SignInAsync(App, "agendaris");
        var inbox = await agendaris.GetAsync("/admin/notifikasi");
        if (inbox.Document.QuerySelector("form[action*='handler=BacaSemua']") is not null)
        {
            await agendaris.SubmitFormAsync(inbox, "form[action*='handler=BacaSemua']", []); // other tests of the class may have told agendaris first
        }

        Assert.Null((await agendaris.GetAsync("/admin")).Document.QuerySelector("[data-testid=lonceng-jumlah]"));

        var id = await Sop.CreateDisposisiAsync(await Browser.SignInAsync(App, "ppid"), "Rapat Koordinasi Posyandu Remaja");

        var agendarisId = UserId("agendaris");
        var stored = App.WithDb(db => db.Notifications.Single(n => n.UserId == agendarisId && n.Link == $"/admin/materi/{id}"));
        Assert.Equal("tugas-baru", stored.Kind);
        Assert.Equal("Tugas baru: Rapat Koordinasi Posyandu Remaja", stored.Title);
        Assert.Contains("Disposisi diberikan (langkah 2 SOP)", stored.Body, StringComparison.Ordinal);
        Assert.Empty(App.WithDb(db => db.Notifications.Where(n => n.UserId == UserId("ppid") && n.Link == $"/admin/materi/{id}").ToList())); // not told about your own move

        var dashboard = await agendaris.GetAsync("/admin");
        Assert.Equal("1", dashboard.Document.QuerySelector("[data-testid=lonceng-jumlah]")?.TextContent.Trim());
        Assert.Equal("Notifikasi: 1 belum dibaca", dashboard.Document.QuerySelector("[data-testid=lonceng]")?.GetAttribute("aria-label"));

        var message = await Eventually.WaitAsync(
            () => mail.Smtp.Messages().FirstOrDefault(m => m.Subject == "Tugas baru: Rapat Koordinasi Posyandu Remaja"
                && m.To.Mailboxes.Any(to => to.Address == "agendaris@kecamatan-contoh.go.id")), // sekcam holds the role too
            m => m is not null,
            Wait);
        Assert.NotNull(message);
        Assert.Equal("agendaris@kecamatan-contoh.go.id", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("admin@kecamatan-contoh.go.id", Assert.Single(message.From.Mailboxes).Address);
        Assert.Contains($"https://kecamatan-contoh.karanganyarkab.go.id/admin/materi/{id}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Disposisi diberikan (langkah 2 SOP)", message.TextBody, StringComparison.Ordinal);

        var delivered = await Eventually.WaitAsync(() => App.WithDb(db => db.Notifications.Single(n => n.Id == stored.Id)), n => n.EmailStatus == EmailStatus.Delivered, Wait);
        Assert.Equal(EmailStatus.Delivered, delivered.EmailStatus);
        Assert.NotNull(delivered.EmailDeliveredAt);
        Assert.Null(delivered.EmailLastError);

        var list = await agendaris.GetAsync("/admin/notifikasi");
        var card = list.Document.QuerySelector($"[data-notifikasi='{stored.Id}']")!;
        Assert.Contains("E-mail terkirim", card.QuerySelector("[data-testid=status-email]")!.TextContent, StringComparison.Ordinal);

        var opened = await agendaris.SubmitFormAsync(list, $"[data-notifikasi='{stored.Id}'] form[action*='handler=Buka']", []);
        Assert.Equal($"/admin/materi/{id}", opened.Url);
        Assert.Null(opened.Document.QuerySelector("[data-testid=lonceng-jumlah]"));
        Assert.NotNull(App.WithDb(db => db.Notifications.Single(n => n.Id == stored.Id).ReadAt));
    }

    [Fact]
    public async Task SendBackAndPublish_WritersToldWithReason_ThenToldItIsLive()
    {
        var id = await SopShortcuts.ToCorrectionAsync(App, "Pelatihan Kader Kesehatan", "<p>Pelatihan diikuti kader dari 12 desa.</p>");
        var stafId = UserId("staf");
        var sekretarisId = UserId("sekretaris");
        Assert.Contains(App.WithDb(db => db.Notifications.Where(n => n.UserId == sekretarisId && n.Link == $"/admin/materi/{id}").Select(n => n.Kind).ToList()), k => k == "tugas-baru");

        var sekretaris = await Browser.SignInAsync(App, "sekretaris");
        await Sop.ActOkAsync(sekretaris, id, "kembalikan-ke-staf", new() { ["Input.Catatan"] = "Sebutkan nama desa yang hadir." });

        var back = App.WithDb(db => db.Notifications.Single(n => n.UserId == stafId && n.Kind == "dikembalikan" && n.Link == $"/admin/materi/{id}"));
        Assert.Contains("Sebutkan nama desa yang hadir.", back.Body, StringComparison.Ordinal);
        var mailed = await Eventually.WaitAsync(
            () => mail.Smtp.Messages().FirstOrDefault(m => m.Subject == "Materi dikembalikan: Pelatihan Kader Kesehatan"),
            m => m is not null,
            Wait);
        Assert.NotNull(mailed);
        Assert.Equal("staf@kecamatan-contoh.go.id", Assert.Single(mailed.To.Mailboxes).Address);
        Assert.Contains("Alasan: Sebutkan nama desa yang hadir.", mailed.TextBody, StringComparison.Ordinal);

        var staf = await Browser.SignInAsync(App, "staf");
        await Sop.ActOkAsync(staf, id, "serahkan");
        await Sop.ActOkAsync(sekretaris, id, "ajukan-verifikasi");
        await Sop.ActOkAsync(await Browser.SignInAsync(App, "verifikator"), id, "setujui", new() { ["Input.Klasifikasi"] = "berkala" });

        var live = App.WithDb(db => db.Notifications.Where(n => n.Kind == "terbit" && n.Link == $"/admin/materi/{id}").Select(n => n.UserId).ToList());
        Assert.Equal([stafId], live); // the writer of the only version; the verifier who approved is not told
        var liveMail = await Eventually.WaitAsync(
            () => mail.Smtp.Messages().FirstOrDefault(m => m.Subject == "Materi terbit: Pelatihan Kader Kesehatan"),
            m => m is not null,
            Wait);
        Assert.NotNull(liveMail);
    }

    [Fact]
    public async Task SmtpDown_StoredAsNotDeliveredWithError_DeliveredWhenServerIsBack()
    {
        using var smtp = new SmtpTestServer(); // port reserved, server not started
        using var factory = new SopAppFactory();
        await MailFixture.BootAsync(factory, smtp);

        var id = await Sop.CreateDisposisiAsync(await Browser.SignInAsync(factory, "ppid"), "Sosialisasi Pajak Bumi dan Bangunan");
        var agendarisId = factory.WithDb(db => db.Users.Single(u => u.UserName == "agendaris").Id);
        NotificationRow(factory, agendarisId, id); // stored at once, whatever the mail server does

        var failed = await Eventually.WaitAsync(() => NotificationRow(factory, agendarisId, id), n => n.EmailLastError is not null, Wait);
        Assert.Equal(EmailStatus.Pending, failed.EmailStatus); // to be retried
        Assert.Null(failed.EmailDeliveredAt);
        Assert.Contains("Server SMTP tidak dapat dihubungi", failed.EmailLastError, StringComparison.Ordinal);
        var page = await (await Browser.SignInAsync(factory, "agendaris")).GetAsync("/admin/notifikasi");
        Assert.Contains("E-mail belum terkirim", page.Document.QuerySelector("[data-testid=status-email]")!.TextContent, StringComparison.Ordinal);

        await smtp.StartAsync();

        var delivered = await Eventually.WaitAsync(() => NotificationRow(factory, agendarisId, id), n => n.EmailStatus == EmailStatus.Delivered, TimeSpan.FromSeconds(40));
        Assert.Equal(EmailStatus.Delivered, delivered.EmailStatus);
        Assert.True(delivered.EmailAttempts >= 2, $"attempts: {delivered.EmailAttempts}");
        var message = Assert.Single(smtp.Messages(), m => m.To.Mailboxes.Any(a => a.Address == "agendaris@kecamatan-contoh.go.id"));
        Assert.Equal("Tugas baru: Sosialisasi Pajak Bumi dan Bangunan", message.Subject);
    }

    [Fact]
    public void EmailOptions_HostWithoutSender_RefusedAtStart()
    {
        using var factory = new SopAppFactory();
        factory.Settings["Email:Host"] = "127.0.0.1";
        factory.Settings["Email:From"] = "";

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.Server);
        Assert.Contains("Email:From", error.Message, StringComparison.Ordinal);
    }

    private static UserNotification NotificationRow(SopAppFactory factory, string userId, Guid id) =>
        factory.WithDb(db => db.Notifications.Single(n => n.UserId == userId && n.Link == $"/admin/materi/{id}"));

    private string UserId(string userName) => App.WithDb(db => db.Users.Single(u => u.UserName == userName).Id);
}
