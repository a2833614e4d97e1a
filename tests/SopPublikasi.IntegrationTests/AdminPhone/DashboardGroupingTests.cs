using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.IntegrationTests.AdminPhone;

/// <summary>
/// The Dasbor groups my tasks by what I must do now (overdue, due today, the rest), folds everything else, filters
/// by a search in the query string, and each card's move is a link straight to that move's opened form.
/// </summary>
public sealed class DashboardGroupingTests
{
    private static string[] Ids(Page page, string testId) =>
        [.. page.Document.QuerySelectorAll($"[data-testid={testId}] [data-materi]").Select(c => c.GetAttribute("data-materi")!)];

    [Fact]
    public async Task MyTasks_OverdueThenDueTodayThenTheRest_EachCardGoesStraightToItsMove()
    {
        // Monday 23 November 2026, 09.05 WIB; step 2 allows one working day.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 5, 0, TimeSpan.Zero));
        using var factory = new SopAppFactory { Clock = clock };
        await factory.SeedUsersAsync();
        var late = await Sop.CreateDisposisiAsync(await Browser.SignInAsync(factory, "ppid"), "Rapat koordinasi yang terlambat");
        clock.Advance(TimeSpan.FromHours(3)); // Monday 12.05: due Tuesday 12.05
        var today = await Sop.CreateDisposisiAsync(await Browser.SignInAsync(factory, "ppid"), "Posyandu jatuh tempo hari ini");
        clock.Advance(TimeSpan.FromHours(22)); // Tuesday 10.05 WIB: the first is one hour late, the second due at 12.05
        var later = await Sop.CreateDisposisiAsync(await Browser.SignInAsync(factory, "ppid"), "Lomba desa minggu depan");

        var agendaris = await Browser.SignInAsync(factory, "agendaris");
        var page = await agendaris.GetAsync("/admin");

        Assert.Equal([late.ToString()], Ids(page, "tugas-terlambat"));
        Assert.Equal([today.ToString()], Ids(page, "tugas-hari-ini"));
        Assert.Equal([later.ToString()], Ids(page, "tugas-lain"));
        Assert.Equal([late.ToString(), today.ToString(), later.ToString()], Ids(page, "tugas-saya"));
        var headings = page.Document.QuerySelectorAll("[data-testid=tugas-saya] h3.group-heading").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Terlambat (1)", "Jatuh tempo hari ini (1)", "Tugas saya yang lain (1)"], headings);

        // What is not mine to do now is folded away.
        Assert.NotNull(page.Document.QuerySelector("details[data-testid=dasbor-lain]:not([open]) summary"));

        // The card's move is a real link to the item page with that move's form opened by the server.
        var button = page.Document.QuerySelector($"[data-testid=tugas-terlambat] [data-materi='{late}'] a.button[data-aksi=teruskan]");
        Assert.NotNull(button);
        Assert.Equal($"/admin/materi/{late}?aksi=teruskan#aksi-teruskan", button.GetAttribute("href"));
        var item = await agendaris.GetAsync($"/admin/materi/{late}?aksi=teruskan");
        Assert.NotNull(item.Document.QuerySelector("details#aksi-teruskan[open] form[data-aksi=teruskan]"));
        var plain = await agendaris.GetAsync($"/admin/materi/{late}");
        Assert.NotNull(plain.Document.QuerySelector("details#aksi-teruskan:not([open]) form[data-aksi=teruskan]"));
    }

    [Fact]
    public async Task Search_ByTitleOrNomorAgenda_NarrowsEveryList()
    {
        using var factory = new SopAppFactory();
        await factory.SeedUsersAsync();
        var ppid = await Browser.SignInAsync(factory, "ppid");
        var posyandu = await Sop.CreateDisposisiAsync(ppid, "Posyandu Balita Desa Sringin");
        var lomba = await Sop.CreateDisposisiAsync(ppid, "Lomba Kebersihan Antar Desa");
        var agendaris = await Browser.SignInAsync(factory, "agendaris");

        var all = await agendaris.GetAsync("/admin");
        Assert.Contains(posyandu.ToString(), Ids(all, "tugas-saya"));
        Assert.Contains(lomba.ToString(), Ids(all, "tugas-saya"));

        var found = await agendaris.GetAsync("/admin?q=posyandu+balita");
        Assert.Equal([posyandu.ToString()], Ids(found, "tugas-saya"));
        Assert.Equal("posyandu balita", found.Document.QuerySelector("input[name=q]")!.GetAttribute("value"));
        Assert.Contains("tampilkan semua", found.Text(), StringComparison.Ordinal);

        var agenda = factory.WithDb(db => db.Materi.Where(m => m.Id == lomba).Select(m => m.Disposisi.NomorAgenda).Single());
        var byAgenda = await agendaris.GetAsync("/admin?q=" + Uri.EscapeDataString(agenda));
        Assert.Equal([lomba.ToString()], Ids(byAgenda, "tugas-saya"));

        var none = await agendaris.GetAsync("/admin?q=tidak-ada-yang-cocok");
        Assert.Empty(Ids(none, "tugas-saya"));
        Assert.Contains("Tidak ada tugas yang menunggu Anda.", none.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DueAtMidnight_ReadsAsTheEndOfTheWorkingDayBefore_OnDashboardItemAndNotification()
    {
        // Saturday 5 December 2026, 10.00 WIB: counted from Monday 00.00, one working day is due Tuesday 00.00 WIB.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 3, 0, 0, TimeSpan.Zero));
        using var factory = new SopAppFactory { Clock = clock };
        await factory.SeedUsersAsync();
        var id = await Sop.CreateDisposisiAsync(await Browser.SignInAsync(factory, "ppid"), "Disposisi akhir pekan");
        var agendaris = await Browser.SignInAsync(factory, "agendaris");

        const string Expected = "Senin, 7 Desember 2026 (akhir hari kerja)";
        var card = (await agendaris.GetAsync("/admin")).Document.QuerySelector($"[data-testid=tugas-saya] [data-materi='{id}']")!;
        Assert.Contains(Expected, card.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("pukul 00.00", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("batas " + Expected, (await agendaris.GetAsync($"/admin/materi/{id}")).Text(), StringComparison.Ordinal);
        var notifications = (await agendaris.GetAsync("/admin/notifikasi")).Text();
        Assert.Contains("Batas waktu: " + Expected, notifications, StringComparison.Ordinal);
    }
}
