using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;

namespace SopPublikasi.IntegrationTests;

/// <summary>The dashboard per person: my tasks, what waits on others, and for overseers every item in flight with median time per step.</summary>
public sealed class DashboardTests
{
    [Fact]
    public async Task Medians_KnownHistory_KnownMedianPer30And90Days_OpenStaysLeftOut()
    {
        // Monday 14 September 2026, 09.00 WIB.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 14, 2, 0, 0, TimeSpan.Zero));
        using var factory = new SopAppFactory { Clock = clock };
        await factory.SeedUsersAsync();

        // A: forwarded after 10 hours, about 50 days before "now" (in the 90-day window, not the 30-day one).
        var a = await Sop.CreateDisposisiAsync(await Browser.SignInAsync(factory, "ppid"), "Materi A");
        clock.Advance(TimeSpan.FromHours(10));
        await Sop.ActOkAsync(await Browser.SignInAsync(factory, "agendaris"), a, "teruskan");

        // B, C, D: forwarded after 1, 2 and 6 hours; E still waits in step 2.
        clock.Advance(TimeSpan.FromDays(50));
        var ppid = await Browser.SignInAsync(factory, "ppid");
        var b = await Sop.CreateDisposisiAsync(ppid, "Materi B");
        var c = await Sop.CreateDisposisiAsync(ppid, "Materi C");
        var d = await Sop.CreateDisposisiAsync(ppid, "Materi D");
        var agendaris = await Browser.SignInAsync(factory, "agendaris");
        clock.Advance(TimeSpan.FromHours(1));
        await Sop.ActOkAsync(agendaris, b, "teruskan");
        clock.Advance(TimeSpan.FromHours(1));
        await Sop.ActOkAsync(agendaris, c, "teruskan");
        clock.Advance(TimeSpan.FromHours(4));
        await Sop.ActOkAsync(agendaris, d, "teruskan");
        var e = await Sop.CreateDisposisiAsync(ppid, "Materi E");

        var page = await (await Browser.SignInAsync(factory, "sekretaris")).GetAsync("/admin");

        string Cell(int step, int days) => page.Document.QuerySelector($"[data-testid=median] tr[data-langkah='{step}'] td[data-periode='{days}']")!.TextContent.Trim();
        Assert.Equal("2 jam (3 materi)", Cell(2, 30));
        Assert.Equal("4 jam (4 materi)", Cell(2, 90)); // 1, 2, 6, 10 hours
        Assert.Equal("belum ada data", Cell(3, 30)); // A, B, C and D are all still in step 3
        Assert.Equal("belum ada data", Cell(3, 90));

        var rows = page.Document.QuerySelectorAll("[data-testid=dalam-proses] tr[data-materi]").ToList();
        Assert.Equal(5, rows.Count);
        var rowA = rows.Single(r => r.GetAttribute("data-materi") == a.ToString());
        Assert.Contains("Terlambat", rowA.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sekretaris", rowA.QuerySelector("td[data-label='Di tangan']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("50 hari", rowA.QuerySelector("td[data-label='Lama di tahap']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(a.ToString(), rows[0].GetAttribute("data-materi")); // overdue first

        // The agendaris sees E as a task and A-D as waiting on others, and no overview of everything.
        var mine = await agendaris.GetAsync("/admin");
        Assert.Equal([e.ToString()], mine.Document.QuerySelectorAll("[data-testid=tugas-saya] [data-materi]").Select(x => x.GetAttribute("data-materi")));
        Assert.Equal(
            new[] { a, b, c, d }.Select(x => x.ToString()).Order(),
            mine.Document.QuerySelectorAll("[data-testid=menunggu-pihak-lain] [data-materi]").Select(x => x.GetAttribute("data-materi")!).Order());
        Assert.Null(mine.Document.QuerySelector("[data-testid=dalam-proses]"));
        Assert.Null(mine.Document.QuerySelector("[data-testid=median]"));
    }
}
