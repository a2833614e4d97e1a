using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.Notifications;
using SopPublikasi.Module.Push;

namespace SopPublikasi.IntegrationTests.Push;

/// <summary>The app with a VAPID pair, and a fake push service on 127.0.0.1 that also plays the browsers' side.</summary>
public sealed class PushFixture : IAsyncLifetime
{
    public static readonly (string Public, string Private) Keys = VapidKeys.Create();

    public FakePushService Service { get; } = new();

    public SopAppFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        await Service.StartAsync();
        Factory.Settings["Push:VapidPublicKey"] = Keys.Public;
        Factory.Settings["Push:VapidPrivateKey"] = Keys.Private;
        Factory.Settings["Push:Subject"] = "mailto:admin@kecamatan-contoh.go.id";
        Factory.Settings["Push:FirstRetryDelay"] = "00:00:01";
        Factory.Settings["Push:PollInterval"] = "00:00:01";
        Factory.Settings["Push:MaxAttempts"] = "5";
        _ = Factory.Server;
        await Factory.SeedUsersAsync();
    }

    public async Task DisposeAsync()
    {
        Factory.Dispose();
        await Service.DisposeAsync();
    }
}

/// <summary>
/// Web Push: a person subscribes this browser (antiforgery, own devices only), a move that notifies them is pushed to
/// each of their devices once by the background sender, a 410 removes the device, a 5xx is retried.
/// </summary>
public sealed class PushTests(PushFixture push) : IClassFixture<PushFixture>
{
    private const string Devices = "/admin/notifikasi/perangkat";

    private SopAppFactory App => push.Factory;

    private FakePushService Service => push.Service;

    [Fact]
    public async Task Subscribe_NeedsTheAntiforgeryToken_SavesTheDevice_AndOnlyItsOwnerRemovesIt()
    {
        var staf = await Browser.SignInAsync(App, "staf");
        var (endpoint, p256dh, auth) = Service.Subscribe(PushFixture.Keys.Public);
        var fields = new Dictionary<string, string> { ["endpoint"] = endpoint, ["p256dh"] = p256dh, ["auth"] = auth };

        // Without the token: refused, nothing saved.
        using (var bare = new FormUrlEncodedContent(fields))
        {
            var refused = await staf.Http.PostAsync(new Uri(Devices + "?handler=Langganan", UriKind.Relative), bare);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        Assert.False(App.WithDb(db => db.PushDevices.Any(d => d.Endpoint == endpoint)));

        // Keys that are not a browser's: refused with the reasons.
        var bad = await staf.PostCraftedAsync("/admin/notifikasi", Devices + "?handler=Langganan", new() { ["endpoint"] = endpoint, ["p256dh"] = "AAAA", ["auth"] = auth });
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains("p256dh", bad.Html, StringComparison.Ordinal);

        var saved = await staf.PostCraftedAsync("/admin/notifikasi", Devices + "?handler=Langganan", fields);
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Contains("Notifikasi aktif di perangkat ini", saved.Html, StringComparison.Ordinal);
        var device = App.WithDb(db => db.PushDevices.Single(d => d.Endpoint == endpoint));
        Assert.Equal(UserId("staf"), device.UserId);
        Assert.Equal(p256dh, device.P256dh);

        // Listed on the person's notification page, with a remove button.
        var page = await staf.GetAsync("/admin/notifikasi");
        Assert.NotNull(page.Document.QuerySelector($"[data-testid=push-perangkat] [data-perangkat='{device.Id}']"));
        Assert.Equal("aktif", page.Document.QuerySelector("[data-testid=push]")?.GetAttribute("data-push"));
        Assert.Equal(PushFixture.Keys.Public, page.Document.QuerySelector("[data-testid=push]")?.GetAttribute("data-push-kunci"));
        Assert.NotNull(page.Document.QuerySelector("[data-push-aktifkan]"));

        // Another person can neither see nor remove it.
        var staf2 = await Browser.SignInAsync(App, "staf2");
        Assert.Null((await staf2.GetAsync("/admin/notifikasi")).Document.QuerySelector($"[data-perangkat='{device.Id}']"));
        var foreign = await staf2.PostCraftedAsync("/admin/notifikasi", Devices + "?handler=Hapus", new() { ["id"] = device.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
        var foreignByEndpoint = await staf2.PostCraftedAsync("/admin/notifikasi", Devices + "?handler=Hapus", new() { ["endpoint"] = endpoint });
        Assert.Equal(HttpStatusCode.NotFound, foreignByEndpoint.Status);
        Assert.True(App.WithDb(db => db.PushDevices.Any(d => d.Id == device.Id)));

        // "Matikan" on this device (by endpoint), then the list's remove (by id) for a second device.
        var off = await staf.PostCraftedAsync("/admin/notifikasi", Devices + "?handler=Hapus", new() { ["endpoint"] = endpoint });
        Assert.Equal(HttpStatusCode.OK, off.Status);
        Assert.False(App.WithDb(db => db.PushDevices.Any(d => d.Id == device.Id)));

        var second = Service.Subscribe(PushFixture.Keys.Public);
        await staf.PostCraftedAsync("/admin/notifikasi", Devices + "?handler=Langganan", new() { ["endpoint"] = second.Endpoint, ["p256dh"] = second.P256dh, ["auth"] = second.Auth });
        page = await staf.GetAsync("/admin/notifikasi");
        var removed = await staf.SubmitFormAsync(page, "[data-testid=push-perangkat] form[action*='handler=Hapus']", []);
        Assert.Equal(HttpStatusCode.OK, removed.Status);
        Assert.EndsWith("/admin/notifikasi", removed.Url, StringComparison.Ordinal);
        Assert.False(App.WithDb(db => db.PushDevices.Any(d => d.UserId == UserId("staf"))));
    }

    [Fact]
    public async Task MoveThatNotifiesTheNextPerson_IsPushedToTheirDeviceOnce_AsTheBrowserReadsIt()
    {
        var agendaris = await Browser.SignInAsync(App, "agendaris");
        var device = await SubscribeAsync(agendaris);
        var before = Service.Accepted.Count(m => m.SubscriptionId == FakePushService.IdOf(device));

        var id = await Sop.CreateDisposisiAsync(await Browser.SignInAsync(App, "ppid"), "Rapat Koordinasi Posyandu Remaja");

        var notification = App.WithDb(db => db.Notifications.Single(n => n.UserId == UserId("agendaris") && n.Link == $"/admin/materi/{id}"));
        var delivery = await DeliveredAsync(notification.Id);
        Assert.Equal(PushStatus.Delivered, delivery.Status);
        Assert.Equal(1, delivery.Attempts);
        Assert.NotNull(App.WithDb(db => db.PushDevices.Single(d => d.Endpoint == device).LastSuccessAt));

        // Two more rounds of the sender: still one message for this notification on this device.
        await Rounds.WaitAsync<PushSender>(App, 2);
        var messages = Service.Accepted.Where(m => m.SubscriptionId == FakePushService.IdOf(device)).Skip(before).ToList();
        var message = Assert.Single(messages);
        Assert.Null(message.DecryptError);
        Assert.Equal("mailto:admin@kecamatan-contoh.go.id", message.Subject);
        Assert.True(message.Ttl > 0);
        using var payload = JsonDocument.Parse(message.Plaintext!);
        Assert.Equal(["judul", "isi", "tautan"], payload.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Tugas baru: Rapat Koordinasi Posyandu Remaja", payload.RootElement.GetProperty("judul").GetString());
        Assert.Equal(notification.Body, payload.RootElement.GetProperty("isi").GetString());
        Assert.Equal($"/admin/materi/{id}", payload.RootElement.GetProperty("tautan").GetString());

        // The notification page shows the push beside the e-mail status.
        var page = await agendaris.GetAsync("/admin/notifikasi");
        var card = page.Document.QuerySelector($"[data-notifikasi='{notification.Id}']")!;
        Assert.Contains("Push: terkirim ke Peramban di perangkat lain", card.QuerySelector("[data-testid=status-saluran]")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(card.QuerySelector("[data-testid=status-email]"));
    }

    [Fact]
    public async Task PushServiceAnswers410_DeviceIsRemoved_AndTheStatusSaysSo()
    {
        var sekretaris = await Browser.SignInAsync(App, "sekretaris");
        var device = await SubscribeAsync(sekretaris);
        Service.Expire(device);

        var notificationId = await NotifyAsync("sekretaris", "Uji langganan kedaluwarsa");

        var delivery = await DeliveredAsync(notificationId);
        Assert.Equal(PushStatus.Gone, delivery.Status);
        Assert.Equal(410, delivery.LastStatusCode);
        Assert.Null(delivery.DeviceId);
        Assert.False(App.WithDb(db => db.PushDevices.Any(d => d.Endpoint == device)));
        Assert.Contains(Service.Answers, a => a.Id == FakePushService.IdOf(device) && a.Status == 410);

        var card = (await sekretaris.GetAsync("/admin/notifikasi")).Document.QuerySelector($"[data-notifikasi='{notificationId}']")!;
        Assert.Contains("tidak lagi berlangganan", card.QuerySelector("[data-testid=status-saluran]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushServiceAnswers5xx_RetriedWithBackoffUntilDelivered()
    {
        var verifikator = await Browser.SignInAsync(App, "verifikator");
        var device = await SubscribeAsync(verifikator);
        Service.FailNext(2, HttpStatusCode.ServiceUnavailable);

        var notificationId = await NotifyAsync("verifikator", "Uji layanan push sibuk");

        var delivery = await DeliveredAsync(notificationId);
        Assert.Equal(PushStatus.Delivered, delivery.Status);
        Assert.Equal(3, delivery.Attempts);
        var answers = Service.Answers.Where(a => a.Id == FakePushService.IdOf(device)).Select(a => a.Status).ToList();
        Assert.Equal([503, 503, 201], answers);
        Assert.Single(Service.Accepted, m => m.SubscriptionId == FakePushService.IdOf(device));
    }

    [Fact]
    public async Task FakePushService_RefusesWhatARealOneRefuses_AndAcceptsTheLibrarysMessage()
    {
        var (endpoint, p256dh, auth) = Service.Subscribe(PushFixture.Keys.Public);
        using var http = new HttpClient();

        async Task<int> PostAsync(string url, string? authorization, string? encoding, string? ttl, int bytes)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(new byte[bytes]) };
            if (authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            if (encoding is not null)
            {
                request.Content.Headers.ContentEncoding.Add(encoding);
            }

            if (ttl is not null)
            {
                request.Headers.Add("TTL", ttl);
            }

            return (int)(await http.SendAsync(request)).StatusCode;
        }

        var good = Vapid(PushFixture.Keys.Private, PushFixture.Keys.Public, Service.Origin);
        var other = VapidKeys.Create();
        Assert.Equal(401, await PostAsync(endpoint, null, "aes128gcm", "60", 100));
        Assert.Equal(403, await PostAsync(endpoint, Vapid(other.PrivateKey, PushFixture.Keys.Public, Service.Origin), "aes128gcm", "60", 100)); // signed by another key
        Assert.Equal(403, await PostAsync(endpoint, Vapid(other.PrivateKey, other.PublicKey, Service.Origin), "aes128gcm", "60", 100)); // not the subscription's key
        Assert.Equal(403, await PostAsync(endpoint, Vapid(PushFixture.Keys.Private, PushFixture.Keys.Public, "https://push.example"), "aes128gcm", "60", 100)); // wrong audience
        Assert.Equal(400, await PostAsync(endpoint, good, "aes128gcm", null, 100));
        Assert.Equal(400, await PostAsync(endpoint, good, "aesgcm", "60", 100));
        Assert.Equal(413, await PostAsync(endpoint, good, "aes128gcm", "60", 4097));
        Assert.Equal(404, await PostAsync(Service.Origin + "/push/tidak-ada", good, "aes128gcm", "60", 100));

        // The library the app uses: accepted, and the browser's side reads the text back.
        using var vapid = new VapidAuthentication(PushFixture.Keys.Public, PushFixture.Keys.Private) { Subject = "mailto:admin@kecamatan-contoh.go.id" };
        var client = new PushServiceClient(http) { DefaultAuthentication = vapid, DefaultAuthenticationScheme = VapidAuthenticationScheme.Vapid };
        var subscription = new PushSubscription { Endpoint = endpoint };
        subscription.SetKey(PushEncryptionKeyName.P256DH, p256dh);
        subscription.SetKey(PushEncryptionKeyName.Auth, auth);
        await client.RequestPushMessageDeliveryAsync(subscription, new PushMessage("Halo dari uji") { TimeToLive = 60 });
        var accepted = Assert.Single(Service.Accepted, m => m.SubscriptionId == FakePushService.IdOf(endpoint));
        Assert.Equal("Halo dari uji", accepted.Plaintext);

        Service.Expire(endpoint);
        var gone = await Assert.ThrowsAsync<PushServiceClientException>(() => client.RequestPushMessageDeliveryAsync(subscription, new PushMessage("lagi") { TimeToLive = 60 }));
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
    }

    /// <summary>An RFC 8292 Authorization value: an ES256 JWT for <paramref name="audience"/> signed with <paramref name="privateKey"/>, and k.</summary>
    private static string Vapid(string privateKey, string publicKey, string audience)
    {
        var header = WebEncoders.Base64UrlEncode("""{"typ":"JWT","alg":"ES256"}"""u8.ToArray());
        var exp = DateTimeOffset.UtcNow.AddHours(12).ToUnixTimeSeconds();
        var claims = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($$"""{"aud":"{{audience}}","exp":{{exp}},"sub":"mailto:admin@kecamatan-contoh.go.id"}"""));
        using var key = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = WebEncoders.Base64UrlDecode(privateKey) });
        var signature = WebEncoders.Base64UrlEncode(key.SignData(Encoding.ASCII.GetBytes(header + "." + claims), HashAlgorithmName.SHA256));
        return $"vapid t={header}.{claims}.{signature}, k={publicKey}";
    }

    private async Task<string> SubscribeAsync(Browser who)
    {
        var (endpoint, p256dh, auth) = Service.Subscribe(PushFixture.Keys.Public);
        var saved = await who.PostCraftedAsync("/admin/notifikasi", Devices + "?handler=Langganan", new() { ["endpoint"] = endpoint, ["p256dh"] = p256dh, ["auth"] = auth });
        Assert.True(saved.Status == HttpStatusCode.OK, saved.Html);
        return endpoint;
    }

    private async Task<long> NotifyAsync(string userName, string title)
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<INotifier>().NotifyUserAsync(UserId(userName), new Notification("uji", title, "Isi notifikasi uji.", "/admin"), CancellationToken.None);
        return App.WithDb(db => db.Notifications.Where(n => n.Title == title).Max(n => n.Id));
    }

    /// <summary>Waits on the outbox: rounds of the sender until the row is no longer pending.</summary>
    private async Task<PushDelivery> DeliveredAsync(long notificationId)
    {
        for (var i = 0; i < 30; i++)
        {
            var delivery = Delivery(notificationId);
            if (delivery.Status != PushStatus.Pending)
            {
                return delivery;
            }

            await Rounds.WaitAsync<PushSender>(App, 1);
        }

        return Delivery(notificationId);
    }

    private PushDelivery Delivery(long notificationId) =>
        App.WithDb(db => db.PushDeliveries.AsNoTracking().Single(d => d.NotificationId == notificationId));

    private string UserId(string userName) => App.WithDb(db => db.Users.Single(u => u.UserName == userName).Id);
}

/// <summary>Without a VAPID pair push is off: the page says so, a subscription is refused, notifications stage no push.</summary>
public sealed class PushOffTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task NoKeys_PushOff_PageSaysSo_SubscriptionRefused_NoPushRows()
    {
        var staf = await app.SignInAsync("staf");
        var page = await staf.GetAsync("/admin/notifikasi");
        Assert.Equal("mati", page.Document.QuerySelector("[data-testid=push]")?.GetAttribute("data-push"));
        Assert.Contains("belum diaktifkan di server ini", page.Document.QuerySelector("[data-testid=push-mati]")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("[data-push-aktifkan]"));

        await using var service = new FakePushService();
        var (endpoint, p256dh, auth) = service.Subscribe(VapidKeys.Create().PublicKey);
        var refused = await staf.PostCraftedAsync("/admin/notifikasi", "/admin/notifikasi/perangkat?handler=Langganan", new() { ["endpoint"] = endpoint, ["p256dh"] = p256dh, ["auth"] = auth });
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("belum diaktifkan", refused.Html, StringComparison.Ordinal);

        // A device left from when push was on gets nothing staged.
        var stafId = app.Factory.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        app.Factory.WithDb(db =>
        {
            db.PushDevices.Add(new PushDevice { UserId = stafId, Endpoint = endpoint, P256dh = p256dh, Auth = auth, Label = "Chrome di Android", CreatedAt = DateTimeOffset.UtcNow });
            return db.SaveChanges();
        });
        using (var scope = app.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<INotifier>().NotifyUserAsync(stafId, new Notification("uji", "Uji push mati", "Isi.", "/admin"), CancellationToken.None);
        }

        Assert.True(app.Factory.WithDb(db => db.Notifications.Any(n => n.Title == "Uji push mati")));
        Assert.False(app.Factory.WithDb(db => db.PushDeliveries.Any()));
    }
}

/// <summary>The installable admin's files: manifest, service worker, offline page, icons.</summary>
public sealed class InstallableAppTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Manifest_ServiceWorker_OfflinePage_AndIcons_AreServedAsBrowsersExpect()
    {
        var http = app.Factory.CreateClient();

        var manifest = await http.GetAsync(new Uri("/manifest.webmanifest", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
        Assert.Equal("application/manifest+json", manifest.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await manifest.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("/admin", root.GetProperty("start_url").GetString());
        Assert.Equal("standalone", root.GetProperty("display").GetString());
        Assert.Equal("id", root.GetProperty("lang").GetString());
        Assert.StartsWith("Admin ", root.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("short_name").GetString()));
        Assert.Equal("#0b5d3b", root.GetProperty("theme_color").GetString());
        var icons = root.GetProperty("icons").EnumerateArray().Select(i => (i.GetProperty("src").GetString(), i.GetProperty("sizes").GetString())).ToList();
        Assert.Contains(("/ikon-192.png", "192x192"), icons);
        Assert.Contains(("/ikon-512.png", "512x512"), icons);

        foreach (var size in new[] { 192, 512 })
        {
            var icon = await http.GetAsync(new Uri($"/ikon-{size}.png", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
            Assert.Equal("image/png", icon.Content.Headers.ContentType?.MediaType);
            using var bitmap = SkiaSharp.SKBitmap.Decode(await icon.Content.ReadAsByteArrayAsync());
            Assert.Equal(size, bitmap.Width);
            Assert.Equal(size, bitmap.Height);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("/ikon-64.png", UriKind.Relative))).StatusCode);

        var worker = await http.GetAsync(new Uri("/sw.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, worker.StatusCode);
        Assert.Equal("text/javascript", worker.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-cache", worker.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var script = await worker.Content.ReadAsStringAsync();
        Assert.Contains("addEventListener('push'", script, StringComparison.Ordinal);
        Assert.Contains("notificationclick", script, StringComparison.Ordinal);

        var offline = await http.GetAsync(new Uri("/luring", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, offline.StatusCode);
        Assert.Equal("text/html", offline.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Anda sedang luring", await offline.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Every admin page links the manifest.
        var staf = await app.SignInAsync("staf");
        var admin = await staf.GetAsync("/admin");
        Assert.Equal("/manifest.webmanifest", admin.Document.QuerySelector("link[rel=manifest]")?.GetAttribute("href"));
    }
}
