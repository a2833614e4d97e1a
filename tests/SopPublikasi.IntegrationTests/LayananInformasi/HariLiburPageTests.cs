using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.LayananInformasi.Kalender;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>
/// /admin/hari-libur: the seeded 2026 list by year, adding a day (which the deadlines count with at once), a message
/// beside the field for a bad date or a duplicate, removing a day; only those holding KelolaHariLibur.
/// </summary>
public sealed class HariLiburPageTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private static async Task<SopAppFactory> StartAsync()
    {
        var f = new SopAppFactory { Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, Wib)) };
        await f.SeedUsersAsync();
        return f;
    }

    [Fact]
    public async Task Seeded2026_ListedByYear_WithItsCutiBersama()
    {
        using var f = await StartAsync();
        Assert.Equal(HariLiburSeed.All.Count, f.WithDb(db => db.HariLibur.Count()));

        var page = await (await Browser.SignInAsync(f, "ppid")).GetAsync("/admin/hari-libur");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("2026 (25 hari)", page.Document.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        var christmasEve = page.Document.QuerySelector("tr[data-tanggal='2026-12-24']")!;
        Assert.Contains("Kamis, 24 Desember 2026", christmasEve.TextContent, StringComparison.Ordinal);
        Assert.Contains("Cuti bersama", christmasEve.TextContent, StringComparison.Ordinal);
        var next = await (await Browser.SignInAsync(f, "admin")).GetAsync("/admin/hari-libur?tahun=2027");
        Assert.NotNull(next.Document.QuerySelector("[data-testid=kosong]"));
    }

    [Fact]
    public async Task Add_CountsAtOnce_BadDateAndDuplicate_ShowBesideTheField_Remove()
    {
        using var f = await StartAsync();
        var ppid = await Browser.SignInAsync(f, "ppid");
        var calendar = f.Services.GetRequiredService<IWorkingDayCalendar>();
        var monday = new DateTimeOffset(2026, 11, 2, 9, 0, 0, Wib);
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 23, 59, 59, Wib), await calendar.DeadlineAsync(monday, 1, default));

        var added = await ppid.SubmitAsync("/admin/hari-libur", "form[action*='handler=Tambah']",
            new() { ["Input.Tanggal"] = "2026-11-03", ["Input.Keterangan"] = "Hari jadi Kabupaten (uji)", ["Input.CutiBersama"] = "false" });
        Assert.Contains("Selasa, 3 November 2026 ditambahkan sebagai hari libur nasional.", added.Document.QuerySelector("[data-testid=pesan]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 11, 4, 23, 59, 59, Wib), await calendar.DeadlineAsync(monday, 1, default));

        var duplicate = await ppid.SubmitAsync("/admin/hari-libur", "form[action*='handler=Tambah']",
            new() { ["Input.Tanggal"] = "2026-12-25", ["Input.Keterangan"] = "Natal" });
        Assert.Equal("Jumat, 25 Desember 2026 sudah terdaftar: Kelahiran Yesus Kristus.", FieldError(duplicate, "Input.Tanggal"));

        var bad = await ppid.SubmitAsync("/admin/hari-libur", "form[action*='handler=Tambah']",
            new() { ["Input.Tanggal"] = "31-12-2026", ["Input.Keterangan"] = "" });
        Assert.StartsWith("Tanggal tidak valid", FieldError(bad, "Input.Tanggal"), StringComparison.Ordinal);
        Assert.StartsWith("Keterangan wajib diisi", FieldError(bad, "Input.Keterangan"), StringComparison.Ordinal);
        Assert.Equal(HariLiburSeed.All.Count + 1, f.WithDb(db => db.HariLibur.Count()));

        var page = await ppid.GetAsync("/admin/hari-libur?tahun=2026");
        var removed = await ppid.SubmitFormAsync(page, "tr[data-tanggal='2026-11-03'] form", new());
        Assert.Contains("dihapus", removed.Document.QuerySelector("[data-testid=pesan]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(removed.Document.QuerySelector("tr[data-tanggal='2026-11-03']"));
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 23, 59, 59, Wib), await calendar.DeadlineAsync(monday, 1, default));
    }

    private static string FieldError(Page page, string field) =>
        page.Document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException($"No message for {field}: {page.Text()}");
}
