using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Notifications;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.IntegrationTests.Scheduling;

/// <summary>
/// Issue 20, "Terjadwal: tell people": scheduling and rescheduling an item sends the webhook event
/// materi.dijadwalkan (the time in ISO 8601 with the WIB offset) and tells the PPID Pembantu and the item's Sekretaris
/// when it goes live; both from handlers of the move, committed with it.
/// </summary>
public sealed class ScheduleNoticeTests
{
    // Monday 23 November 2026, 09.05 WIB.
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 2, 5, 0, TimeSpan.Zero);

    [Fact]
    public async Task ScheduleAndReschedule_WebhookWithIsoTime_AndNoticeToPpidAndSekretaris()
    {
        using var f = new SopAppFactory { Clock = new FakeTimeProvider(Start) };
        await f.SeedUsersAsync();
        var admin = await Browser.SignInAsync(f, "admin");
        var fields = new Dictionary<string, object> { ["Input.Url"] = "http://127.0.0.1:9/terima", ["Input.Peristiwa"] = new[] { WebhookEvents.Dijadwalkan } };
        await admin.SubmitAsync("/admin/webhook", "form[action*='handler=Buat']", fields);
        Assert.Contains(WebhookEvents.All, e => e.Name == "materi.dijadwalkan" && e.Label == "Materi dijadwalkan tayang");

        var id = await Publish.ToVerificationAsync(f, "Lomba Kebersihan Antar RT");
        var verifier = await Api.ClientForAsync(f, "verifikator");
        await Publish.MoveAsync(verifier, id, new { aksi = "setujui", klasifikasi = "berkala", jadwal = "2026-11-24T09:00:00+07:00" }, f);

        var first = f.WithDb(db => db.WebhookDeliveries.AsNoTracking().Where(d => d.Event == WebhookEvents.Dijadwalkan).ToList());
        var payload = JsonDocument.Parse(Assert.Single(first).Payload).RootElement;
        var data = payload.TryGetProperty("data", out var d) ? d : payload;
        Assert.Equal(id, data.GetProperty("materiId").GetGuid());
        Assert.Equal("2026-11-24T09:00:00+07:00", data.GetProperty("jadwal").GetString());

        string[] Told(string kind) => f.WithDb(db => db.Notifications.AsNoTracking().Where(n => n.Kind == kind && n.Link == $"/admin/materi/{id}")
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => u.UserName + "|" + n.Title).ToArray());
        var told = Told("terjadwal");
        Assert.Contains(told, t => t.StartsWith("ppid|Terjadwal tayang Selasa, 24 November 2026 pukul 09.00 WIB", StringComparison.Ordinal));
        Assert.Contains(told, t => t.StartsWith("sekretaris|Terjadwal tayang Selasa, 24 November 2026 pukul 09.00 WIB", StringComparison.Ordinal));
        Assert.DoesNotContain(told, t => t.StartsWith("verifikator|", StringComparison.Ordinal)); // not told of their own move
        Assert.DoesNotContain(told, t => t.StartsWith("staf|", StringComparison.Ordinal));

        await Publish.MoveAsync(verifier, id, new { aksi = "jadwalkan-ulang", jadwal = "2026-12-07T09:00:00+07:00" }, f);
        var both = f.WithDb(db => db.WebhookDeliveries.AsNoTracking().Where(d => d.Event == WebhookEvents.Dijadwalkan).OrderBy(d => d.CreatedAt).ToList());
        Assert.Equal(2, both.Count);
        Assert.Contains("\"jadwal\":\"2026-12-07T09:00:00+07:00\"", both.Select(b => b.Payload).Single(p => !p.Contains("2026-11-24", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(Told("terjadwal"), t => t.StartsWith("ppid|Terjadwal tayang Senin, 7 Desember 2026 pukul 09.00 WIB", StringComparison.Ordinal));
    }
}
