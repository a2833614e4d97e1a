using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Notifications;

namespace SopPublikasi.IntegrationTests;

/// <summary>The background overdue check tells the holders once when a step's Waktu has passed (the app's clock is a FakeTimeProvider).</summary>
public sealed class OverdueNotificationTests
{
    [Fact]
    public async Task StepWaktuPassed_HoldersToldOnce_NotBeforeDue()
    {
        // Monday 23 November 2026, 09.05 WIB; step 2 allows one working day.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 5, 0, TimeSpan.Zero));
        using var factory = new SopAppFactory { Clock = clock };
        factory.Settings["Notifications:OverdueCheckInterval"] = "00:00:01";
        await factory.SeedUsersAsync();
        var id = await Sop.CreateDisposisiAsync(await Browser.SignInAsync(factory, "ppid"), "Disposisi yang menunggu terlalu lama");
        var link = $"/admin/materi/{id}";

        clock.Advance(TimeSpan.FromHours(23)); // Tuesday 08.05 WIB: due at 09.05, not yet late
        await Rounds.WaitAsync<OverdueWatcher>(factory, 2); // checks made at 08.05: no notice
        Assert.Equal(0, factory.WithDb(db => db.Notifications.Count(n => n.Kind == "terlambat" && n.Link == link)));

        clock.Advance(TimeSpan.FromHours(2)); // Tuesday 10.05 WIB: one hour late
        var late = await Eventually.WaitAsync(
            () => factory.WithDb(db => db.Notifications.Where(n => n.Kind == "terlambat" && n.Link == link).ToList()),
            rows => rows.Count >= 2,
            TimeSpan.FromSeconds(15));

        // Everyone holding the Pencatat role: agendaris and sekcam (who holds it besides Sekretaris).
        var holders = factory.WithDb(db => db.Users.Where(u => u.UserName == "agendaris" || u.UserName == "sekcam").Select(u => u.Id).ToList());
        Assert.Equal(holders.Order(), late.Select(n => n.UserId).Order());
        Assert.Contains("melewati batas waktu Selasa, 24 November 2026 pukul 09.05 WIB", late[0].Body, StringComparison.Ordinal);

        // Later rounds and later hours do not repeat the notice.
        clock.Advance(TimeSpan.FromHours(3));
        await Rounds.WaitAsync<OverdueWatcher>(factory, 2);
        Assert.Equal(2, factory.WithDb(db => db.Notifications.Count(n => n.Kind == "terlambat" && n.Link == link)));

        var bell = await (await Browser.SignInAsync(factory, "agendaris")).GetAsync("/admin/notifikasi");
        Assert.NotNull(bell.Document.QuerySelector("[data-jenis='terlambat']"));
    }
}
