using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.IntegrationTests;

/// <summary>Signed webhooks, delivered from an outbox: a receiver that is down for a while loses nothing and gets nothing twice.</summary>
public class WebhookTests
{
    [Fact]
    public async Task ReceiverDownForAWhile_EveryEventDeliveredOnceWithValidSignature()
    {
        await using var receiver = new WebhookReceiver();
        using var factory = new SopAppFactory();
        factory.Settings["Webhooks:FirstRetryDelay"] = "00:00:00.200";
        factory.Settings["Webhooks:PollInterval"] = "00:00:00.200";
        factory.Settings["Webhooks:Timeout"] = "00:01:00"; // a slow CI machine must not turn a delivered POST into a retry
        await factory.SeedUsersAsync();

        // An administrator registers the receiver for every event; the secret is shown once.
        var admin = await Browser.SignInAsync(factory, "admin");
        var fields = new Dictionary<string, object> { ["Input.Url"] = receiver.Url, ["Input.Peristiwa"] = WebhookEvents.All.Select(e => e.Name).ToArray() };
        var registered = await admin.SubmitAsync("/admin/webhook", "form[action*='handler=Buat']", fields);
        receiver.Secret = registered.Document.QuerySelector("[data-testid=rahasia-baru]")!.TextContent.Trim();
        Assert.StartsWith("whsec_", receiver.Secret, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(receiver.Secret["whsec_".Length..]).Length); // the Standard Webhooks form, which the library decodes
        Assert.DoesNotContain(receiver.Secret, factory.WithDb(db => db.WebhookSubscriptions.Single().ProtectedSecret), StringComparison.Ordinal);

        // The SOP runs to publication while the receiver is down.
        var id = await PublishThroughApiAsync(factory);
        // 1 disposisi + 7 transitions (teruskan … setujui, tayangkan) + 1 publication + 2 cross-posts.
        const int expected = 11;
        var pending = await Eventually.WaitAsync(() => factory.WithDb(db => db.WebhookDeliveries.AsNoTracking().ToList()), rows => rows.Count == expected && rows.All(r => r.Attempts >= 2), TimeSpan.FromSeconds(30));
        Assert.Equal(expected, pending.Count);
        Assert.All(pending, d => Assert.Equal(DeliveryStatus.Pending, d.Status));
        Assert.All(pending, d => Assert.NotNull(d.LastError));
        Assert.Empty(receiver.Received);

        await receiver.StartAsync();
        var delivered = await Eventually.WaitAsync(
            () => factory.WithDb(db => db.WebhookDeliveries.AsNoTracking().ToList()),
            rows => rows.All(r => r.Status == DeliveryStatus.Delivered), TimeSpan.FromSeconds(30));

        Assert.Equal(expected, delivered.Count);
        Assert.All(delivered, d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        var arrived = receiver.Received.ToList();
        Assert.All(arrived, r => Assert.True(r.SignatureValid, r.Refusals + "\n" + r.Body));
        Assert.All(arrived, r => Assert.True(r.LegacySignatureValid, "X-Sop-Signature: " + r.Body)); // deprecated, still sent for one release
        Assert.All(arrived, r => Assert.Equal(r.DeliveryId, r.Headers[WebhookSigner.LegacyDeliveryHeader]));
        Assert.All(arrived, r => Assert.Equal(r.Headers[WebhookSigner.TimestampHeader], r.Headers[WebhookSigner.LegacyTimestampHeader]));
        Assert.All(arrived, r => Assert.Equal(r.DeliveryId, JsonDocument.Parse(r.Body).RootElement.GetProperty("id").GetString()));
        var detail = string.Join("\n", delivered.OrderBy(d => d.Id).Select(d => $"{d.Id} {d.Event} attempts={d.Attempts} code={d.LastStatusCode} err={d.LastError}")) + "\n" + factory.Errors;
        Assert.True(delivered.Select(d => d.Id.ToString()).Order().SequenceEqual(arrived.Select(r => r.DeliveryId).Order()),
            "received: " + string.Join(", ", arrived.Select(r => r.DeliveryId + " " + r.Event).Order()) + "\nstored:\n" + detail);
        Assert.Equal(arrived.Count, arrived.Select(r => r.DeliveryId).Distinct().Count());
        var events = arrived.GroupBy(r => r.Event).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1, events[WebhookEvents.DisposisiDibuat]);
        Assert.Equal(7, events[WebhookEvents.Transisi]);
        Assert.Equal(1, events[WebhookEvents.Diterbitkan]);
        Assert.Equal(2, events[WebhookEvents.CrossPostTerkirim]);
        var published = JsonDocument.Parse(arrived.Single(r => r.Event == WebhookEvents.Diterbitkan).Body).RootElement;
        Assert.Equal(id, published.GetProperty("data").GetProperty("materiId").GetGuid());

        var log = await admin.GetAsync("/admin/webhook");
        Assert.Contains("Terkirim", log.Document.QuerySelector("[data-testid=log-webhook]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiverRefusesSignature_DeliveryRetriedNotMarkedDelivered()
    {
        await using var receiver = new WebhookReceiver { Secret = WebhookSecrets.Generate() }; // not the subscription's secret
        await receiver.StartAsync();
        using var factory = new SopAppFactory();
        factory.Settings["Webhooks:FirstRetryDelay"] = "00:00:00.100";
        factory.Settings["Webhooks:PollInterval"] = "00:00:00.100";
        factory.Settings["Webhooks:MaxAttempts"] = "3";
        await factory.SeedUsersAsync();
        var admin = await Browser.SignInAsync(factory, "admin");
        await admin.SubmitAsync("/admin/webhook", "form[action*='handler=Buat']", new() { ["Input.Url"] = receiver.Url, ["Input.Peristiwa"] = new[] { WebhookEvents.DisposisiDibuat } });

        await Sop.CreateDisposisiAsync(await Browser.SignInAsync(factory, "ppid"), "Disposisi untuk penerima yang menolak");

        var delivery = (await Eventually.WaitAsync(() => factory.WithDb(db => db.WebhookDeliveries.AsNoTracking().ToList()), rows => rows.Count == 1 && rows[0].Status == DeliveryStatus.Failed, TimeSpan.FromSeconds(30))).Single();
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal(401, delivery.LastStatusCode);
        Assert.Equal(3, receiver.Received.Count);
        Assert.Single(receiver.Received.Select(r => r.DeliveryId).Distinct());
        Assert.All(receiver.Received, r => Assert.Equal("No matching signature found", r.Refusals));
    }

    private static async Task<Guid> PublishThroughApiAsync(SopAppFactory f)
    {
        var staffId = f.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        var created = await (await Api.ClientForAsync(f, "ppid")).PostJsonAsync("/api/v1/disposisi", new
        {
            nomorAgenda = "005/WH/2026",
            tanggalDiterima = "2026-11-23",
            asalSurat = "PPID",
            perihal = "Publikasi lomba desa",
            instruksi = new[] { "Untuk dipublikasikan" },
            diteruskanKepada = "Sekretaris",
        });
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var sekretaris = await Api.ClientForAsync(f, "sekretaris");
        var staf = await Api.ClientForAsync(f, "staf");
        await Move(await Api.ClientForAsync(f, "agendaris"), id, new { aksi = "teruskan" }, f);
        await Move(sekretaris, id, new { aksi = "terima" }, f);
        await Move(sekretaris, id, new { aksi = "tugaskan", petugasId = staffId }, f);
        using (var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative))
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { judul = "Lomba desa tingkat kecamatan", ringkasan = "Lomba desa.", isi = "<p>Desa terbaik diumumkan.</p>", kategoriId = 1 }),
        })
        {
            put.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0\""));
            Assert.True((await staf.SendAsync(put)).IsSuccessStatusCode);
        }

        await Move(staf, id, new { aksi = "serahkan" }, f);
        await Move(sekretaris, id, new { aksi = "ajukan-verifikasi" }, f);
        await Move(await Api.ClientForAsync(f, "verifikator"), id, new { aksi = "setujui", klasifikasi = "berkala" }, f);
        return id;
    }

    private static async Task Move(HttpClient client, Guid id, object body, SopAppFactory f)
    {
        var response = await client.PostJsonAsync($"/api/v1/materi/{id}/transisi", body);
        Assert.True(response.IsSuccessStatusCode, $"{body}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{f.Errors}");
    }
}
