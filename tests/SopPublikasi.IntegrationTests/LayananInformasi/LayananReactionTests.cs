using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.LayananInformasi;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Notifications;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>
/// What the desk's moves set off, committed with them: notices to whoever must act next (links to the admin routes),
/// webhook deliveries without personal data, and the background check's once-only "terlambat" for a request and an
/// objection past their deadlines.
/// </summary>
public sealed class LayananReactionTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, Wib);

    private static async Task<(SopAppFactory App, FakeTimeProvider Clock)> StartAsync()
    {
        var clock = new FakeTimeProvider(Monday);
        var f = new SopAppFactory { Clock = clock };
        f.Settings["LayananInformasi:CheckInterval"] = "00:00:01";
        await f.SeedUsersAsync();
        return (f, clock);
    }

    private static List<(string User, UserNotification Notice)> Notices(SopAppFactory f, string kind) =>
        f.WithDb(db => (from n in db.Notifications
                        join u in db.Users on n.UserId equals u.Id
                        where n.Kind == kind
                        select new { u.UserName, n }).ToList().Select(x => (x.UserName!, x.n)).ToList());

    [Fact]
    public async Task Moves_NotifyWhoeverActsNext_WithLinksToTheAdminRoutes()
    {
        var (f, clock) = await StartAsync();
        using var app = f;
        var t = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input(), null, default));

        var baru = Notices(f, "permohonan-baru");
        Assert.Equal(["agendaris", "ppid", "sekcam"], baru.Select(n => n.User).Order());
        Assert.All(baru, n => Assert.Equal($"/admin/layanan/permohonan/{t.Id}", n.Notice.Link));
        Assert.All(baru, n => Assert.Contains(t.NomorRegister, n.Notice.Title, StringComparison.Ordinal));
        Assert.All(baru, n => Assert.DoesNotContain("Siti", n.Notice.Body, StringComparison.Ordinal));

        await Desk.RunAsync(f, async d => await d.PrepareAsync(t.Id, 0, Desk.Refused(), await Desk.ActorAsync(f, "staf"), default));
        Assert.Equal(["ppid"], Notices(f, "jawaban-disiapkan").Select(n => n.User));
        await Desk.RunAsync(f, async d => await d.DecideAsync(t.Id, 1, Desk.Refused(), await Desk.ActorAsync(f, "ppid"), default));

        clock.Advance(TimeSpan.FromDays(1));
        var k = await Desk.RunAsync(f, d => d.FileObjectionAsync(t.NomorRegister, t.KodeLacak, new KeberatanInput([AlasanKeberatan.PenolakanPengecualian], "Saya keberatan."), default));
        var keberatan = Assert.Single(Notices(f, "keberatan-baru"));
        Assert.Equal("atasan", keberatan.User);
        Assert.Equal($"/admin/layanan/keberatan/{k.Id}", keberatan.Notice.Link);

        await Desk.RunAsync(f, async d => await d.AnswerObjectionAsync(k.Id, 0, PutusanKeberatan.Ditolak, "Penolakan sudah tepat.", await Desk.ActorAsync(f, "atasan"), default));
        var dijawab = Assert.Single(Notices(f, "keberatan-dijawab"));
        Assert.Equal("ppid", dijawab.User);
        Assert.Contains("keberatan ditolak", dijawab.Notice.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhooks_TheFiveEventsAreOffered_AndDeliveredWithoutPersonalData()
    {
        var (f, clock) = await StartAsync();
        using var app = f;
        var offered = f.Services.GetRequiredService<WebhookEventCatalog>().All.Select(e => e.Name).ToList();
        string[] five = ["permohonan.diterima", "permohonan.dijawab", "permohonan.terlambat", "keberatan.diterima", "keberatan.dijawab"];
        Assert.All(five, e => Assert.Contains(e, offered));
        using (var scope = f.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<WebhookSubscriptions>().CreateAsync(new Uri("http://127.0.0.1:9/hook"), "Dasbor kabupaten", five, default);
        }

        var t = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input(), null, default));
        await Desk.RunAsync(f, async d => await d.DecideAsync(t.Id, 0, Desk.Refused(), await Desk.ActorAsync(f, "ppid"), default));
        var k = await Desk.RunAsync(f, d => d.FileObjectionAsync(t.NomorRegister, t.KodeLacak, new KeberatanInput([AlasanKeberatan.PenolakanPengecualian], "Keberatan."), default));
        await Desk.RunAsync(f, async d => await d.AnswerObjectionAsync(k.Id, 0, PutusanKeberatan.Dikabulkan, "Berikan.", await Desk.ActorAsync(f, "atasan"), default));
        var second = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input("Budi"), null, default));
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 17, 0, 0, 0, Wib).AddDays(1));
        await Rounds.WaitAsync<LayananWatcher>(f);

        var deliveries = f.WithDb(db => db.WebhookDeliveries.OrderBy(d => d.CreatedAt).ToList());
        Assert.Equal(["keberatan.dijawab", "keberatan.diterima", "permohonan.dijawab", "permohonan.diterima", "permohonan.diterima", "permohonan.terlambat"],
            deliveries.Select(d => d.Event).Order(StringComparer.Ordinal));
        Assert.All(deliveries, d =>
        {
            foreach (var personal in new[] { "Siti", "Budi", "3313045607890001", "Lawu", "0812", "siti@example.id" })
            {
                Assert.DoesNotContain(personal, d.Payload, StringComparison.Ordinal);
            }
        });
        Assert.Contains($"\"nomorRegister\":\"{second.NomorRegister}\"", deliveries.Single(d => d.Event == "permohonan.terlambat").Payload, StringComparison.Ordinal);
        Assert.Contains("\"keputusan\":\"Ditolak\"", deliveries.Single(d => d.Event == "permohonan.dijawab").Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overdue_RequestAndObjection_MarkedAndToldOnce()
    {
        var (f, clock) = await StartAsync();
        using var app = f;
        var late = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input(), null, default));
        var answered = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input("Budi"), null, default));
        await Desk.RunAsync(f, async d => await d.DecideAsync(answered.Id, 0, Desk.Refused(), await Desk.ActorAsync(f, "ppid"), default));
        var k = await Desk.RunAsync(f, d => d.FileObjectionAsync(answered.NomorRegister, answered.KodeLacak, new KeberatanInput([AlasanKeberatan.TidakDipenuhi], "Keberatan."), default));

        // One second before the deadline (Monday 16 November, end of day: no holiday in this test): nothing yet.
        clock.SetUtcNow(late.BatasWaktu.AddSeconds(-1));
        await Rounds.WaitAsync<LayananWatcher>(f);
        Assert.Null(Desk.Load(f, late.Id).TerlambatDiberitahukanPada);
        Assert.Empty(Notices(f, "permohonan-terlambat"));

        clock.SetUtcNow(late.BatasWaktu.AddSeconds(1));
        await Rounds.WaitAsync<LayananWatcher>(f);
        Assert.Equal(late.BatasWaktu.AddSeconds(1), Desk.Load(f, late.Id).TerlambatDiberitahukanPada);
        Assert.Null(Desk.Load(f, answered.Id).TerlambatDiberitahukanPada);
        Assert.Equal(["agendaris", "ppid", "sekcam"], Notices(f, "permohonan-terlambat").Select(n => n.User).Order());
        Assert.Equal(LayananActions.Terlambat, Desk.History(f, late.Id)[^1].Action);
        Assert.Null(LayananHistoryChain.FindBreak(Desk.History(f, late.Id)));

        clock.SetUtcNow(Desk.LoadObjection(f, k.Id).BatasWaktu.AddMinutes(1));
        await Rounds.WaitAsync<LayananWatcher>(f, rounds: 3);
        Assert.NotNull(Desk.LoadObjection(f, k.Id).TerlambatDiberitahukanPada);
        Assert.Equal(["atasan", "ppid"], Notices(f, "keberatan-terlambat").Select(n => n.User).Order());
        Assert.Equal(3, Notices(f, "permohonan-terlambat").Count);
        Assert.Single(Desk.History(f, late.Id), h => h.Action == LayananActions.Terlambat);
        Assert.Single(Desk.History(f, answered.Id), h => h.Action == LayananActions.KeberatanTerlambat);
    }
}
