using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.IntegrationTests.Operations;

/// <summary>Two instances of the app on one database, as behind a load balancer.</summary>
public class MultiInstanceTests
{
    [Fact]
    public async Task SignInOnA_CookieAndAntiforgeryValidOnB()
    {
        using var database = TestDatabase.Create();
        using var a = new SopAppFactory { Database = database, OwnsDatabase = false };
        using var b = new SopAppFactory { Database = database, OwnsDatabase = false };
        await a.SeedUsersAsync();
        _ = b.Server;
        var jar = new CookieContainer();

        var onA = new Browser(a) { Http = Client(a, jar) };
        var signedIn = await onA.SubmitAsync("/admin/masuk", "form", new() { ["Input.NamaPengguna"] = "sekretaris", ["Input.KataSandi"] = TestUsers.Password });
        Assert.NotNull(signedIn.Document.QuerySelector("form[action='/admin/keluar']"));

        // B reads A's authentication cookie, and accepts a form (antiforgery token) that A rendered.
        var onB = new Browser(b) { Http = Client(b, jar) };
        var adminOnB = await onB.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, adminOnB.Status);
        Assert.NotNull(adminOnB.Document.QuerySelector("form[action='/admin/keluar']"));
        var signedOut = await onB.SubmitFormAsync(await onA.GetAsync("/admin"), "form[action='/admin/keluar']", []);
        Assert.Equal(HttpStatusCode.OK, signedOut.Status);
        Assert.Null((await onA.GetAsync("/admin/masuk")).Document.QuerySelector("form[action='/admin/keluar']"));
    }

    [Fact]
    public async Task ApprovalOnA_ShownOnBWithinTheStampInterval_WebhooksSentOnceBetweenBoth()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        using var database = TestDatabase.Create();
        using var a = Instance(database);
        using var b = Instance(database);
        await a.SeedUsersAsync();
        var visitorOnB = new Browser(b);
        const string title = "Pasar Murah Menjelang Hari Raya";
        Assert.DoesNotContain(title, (await visitorOnB.GetAsync("/")).Text(), StringComparison.Ordinal); // cached on B now

        var admin = await Browser.SignInAsync(a, "admin");
        var registered = await admin.SubmitAsync("/admin/webhook", "form[action*='handler=Buat']", new() { ["Input.Url"] = receiver.Url, ["Input.Peristiwa"] = WebhookEvents.All.Select(e => e.Name).ToArray() });
        receiver.Secret = registered.Document.QuerySelector("[data-testid=rahasia-baru]")!.TextContent.Trim();

        await Publish.ThroughApiAsync(a, title);
        var started = DateTime.UtcNow;
        var home = await Eventually.WaitAsync(async () => (await visitorOnB.GetAsync("/")).Text(), h => h.Contains(title, StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        var shownAfter = DateTime.UtcNow - started;

        Assert.Contains(title, home, StringComparison.Ordinal);
        Assert.True(shownAfter < TimeSpan.FromSeconds(10), $"B showed it after {shownAfter}");

        // Both instances poll the same webhook rows: each is claimed and sent by one of them only. The cross-posts'
        // own events are written when each post is sent, so the rows are complete once every post is.
        var posts = await Eventually.WaitAsync(() => a.WithDb(db => db.Outbox.AsNoTracking().Select(o => o.Status).ToList()), p => p.Count > 0 && p.All(st => st == OutboxStatus.Sent), TimeSpan.FromSeconds(30));
        Assert.All(posts, st => Assert.Equal(OutboxStatus.Sent, st));
        var rows = await Eventually.WaitAsync(() => a.WithDb(db => db.WebhookDeliveries.AsNoTracking().ToList()), r => r.Count > 0 && r.All(d => d.Status == DeliveryStatus.Delivered), TimeSpan.FromSeconds(30));
        Assert.All(rows, d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        await Eventually.WaitAsync(() => receiver.Received.Count, n => n >= rows.Count, TimeSpan.FromSeconds(5));
        var arrived = receiver.Received.Select(r => r.DeliveryId).ToList();
        Assert.True(arrived.Count == arrived.Distinct().Count(), "sent twice: " + string.Join(", ", arrived.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key)));
        Assert.Equal(rows.Select(d => d.Id.ToString()).Order(), arrived.Order());
    }

    private static SopAppFactory Instance(TestDatabase database)
    {
        var factory = new SopAppFactory { Database = database, OwnsDatabase = false };
        factory.Settings["Site:CacheStampInterval"] = "00:00:01";
        factory.Settings["Webhooks:PollInterval"] = "00:00:00.100";
        factory.Settings["Webhooks:Timeout"] = "00:01:00";
        return factory;
    }

    private static HttpClient Client(SopAppFactory factory, CookieContainer jar) =>
        factory.CreateDefaultClient(new Uri("https://localhost"), new RedirectHandler(), new CookieContainerHandler(jar));
}
