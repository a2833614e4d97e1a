using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;

namespace SopPublikasi.IntegrationTests;

/// <summary>"Tugas Saya" shows when each task is due (Waktu per step, in working days) and flags overdue ones first.</summary>
public sealed class DueTimeTests
{
    [Fact]
    public async Task MyTasks_StepWaktuPassed_OverdueFirstWithDueTimeInWib()
    {
        // Monday 23 November 2026, 09.05 WIB.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 5, 0, TimeSpan.Zero));
        using var factory = new SopAppFactory { Clock = clock };
        await factory.SeedUsersAsync();
        var ppid = await Browser.SignInAsync(factory, "ppid");
        var late = await Sop.CreateDisposisiAsync(ppid, "Disposisi yang terlambat");
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1)); // Tuesday 10.05 WIB: the first is one hour late
        ppid = await Browser.SignInAsync(factory, "ppid"); // the sign-in cookie lasts 8 hours
        var fresh = await Sop.CreateDisposisiAsync(ppid, "Disposisi yang baru");

        var page = await (await Browser.SignInAsync(factory, "agendaris")).GetAsync("/admin");

        var cards = page.Document.QuerySelectorAll("[data-testid=tugas-saya] [data-materi]").ToList();
        Assert.Equal([late.ToString(), fresh.ToString()], cards.Select(c => c.GetAttribute("data-materi")));
        Assert.Contains("Terlambat", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Selasa, 24 November 2026 pukul 09.05 WIB", cards[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Terlambat", cards[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Rabu, 25 November 2026 pukul 10.05 WIB", cards[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepWaktu_SkipsAHolidayOnTheHolidayTable()
    {
        // Monday 23 November 2026, 09.05 WIB; Tuesday 24 November is made a holiday on the table the PPID desk keeps.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 5, 0, TimeSpan.Zero));
        using var factory = new SopAppFactory { Clock = clock };
        await factory.SeedUsersAsync();
        var admin = await Browser.SignInAsync(factory, "admin");
        var added = await admin.SubmitAsync("/admin/hari-libur", "form[action*='handler=Tambah']",
            new() { ["Input.Tanggal"] = "2026-11-24", ["Input.Keterangan"] = "Hari libur uji", ["Input.CutiBersama"] = "false" });
        Assert.NotNull(added.Document.QuerySelector("tr[data-tanggal='2026-11-24']"));
        var ppid = await Browser.SignInAsync(factory, "ppid");
        var item = await Sop.CreateDisposisiAsync(ppid, "Disposisi menjelang hari libur");

        var page = await (await Browser.SignInAsync(factory, "agendaris")).GetAsync("/admin");

        var card = page.Document.QuerySelector($"[data-testid=tugas-saya] [data-materi='{item}']")!;
        Assert.Contains("Rabu, 25 November 2026 pukul 09.05 WIB", card.TextContent, StringComparison.Ordinal);
    }
}
