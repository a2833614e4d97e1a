using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Berkala;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Notifications;

namespace SopPublikasi.IntegrationTests.Berkala;

/// <summary>
/// Informasi berkala stays fresh (Perki 1/2021, issue 20): with a fake clock, an item published six months and a day
/// ago is listed on the dashboard of the PPID Pembantu and the Sekretaris (not of others) and in the API; the
/// background check tells each of them once, across repeated runs and two instances on one database; publishing a
/// revision takes it off the list and a later ageing is told again; a bad Ppid:BerkalaMaxAge stops the start.
/// </summary>
public sealed class BerkalaFreshnessTests
{
    // Monday 1 June 2026, 09.05 WIB.
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 2, 5, 0, TimeSpan.Zero);

    private static SopAppFactory Instance(FakeTimeProvider clock, TestDatabase? database = null)
    {
        var factory = database is null ? new SopAppFactory { Clock = clock } : new SopAppFactory { Database = database, OwnsDatabase = false, Clock = clock };
        factory.Settings["Api:PermitLimit"] = "100000";
        return factory;
    }

    private static async Task<string?> DashboardSectionAsync(SopAppFactory f, string userName)
    {
        var page = await (await Browser.SignInAsync(f, userName)).GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelector("[data-testid=berkala-usang]")?.TextContent;
    }

    private static async Task<IReadOnlyList<Guid>> StaleApiAsync(SopAppFactory f, string userName)
    {
        var response = await (await Api.ClientForAsync(f, userName)).GetAsync(new Uri("/api/v1/informasi-berkala/perlu-diperbarui", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.JsonAsync()).EnumerateArray().Select(e => e.GetProperty("id").GetGuid())];
    }

    [Fact]
    public async Task PublishedSixMonthsAndADayAgo_OnTheDashboardOfSekretarisAndPpid_NotOfOthers_AndInTheApi()
    {
        var clock = new FakeTimeProvider(Start);
        using var f = Instance(clock);
        await f.SeedUsersAsync();
        var berkala = await Publish.ApproveAsync(f, "Laporan Realisasi Anggaran Semester I");
        var sertaMerta = await Publish.ToVerificationAsync(f, "Peringatan Dini Banjir Kali Samin");
        await Publish.MoveAsync(await Api.ClientForAsync(f, "verifikator"), sertaMerta, new { aksi = "setujui", klasifikasi = "serta-merta" }, f);

        // One hour short of six months: not yet.
        clock.SetUtcNow(Start.AddMonths(6).AddHours(-1));
        var early = await DashboardSectionAsync(f, "sekretaris");
        Assert.NotNull(early);
        Assert.Contains("(0)", early, StringComparison.Ordinal);
        Assert.Empty(await StaleApiAsync(f, "sekretaris"));

        clock.SetUtcNow(Start.AddMonths(6).AddDays(1));
        foreach (var who in new[] { "sekretaris", "ppid" })
        {
            var page = await (await Browser.SignInAsync(f, who)).GetAsync("/admin");
            var section = page.Document.QuerySelector("[data-testid=berkala-usang]");
            Assert.NotNull(section);
            Assert.Contains("Informasi berkala perlu diperbarui (1)", section.TextContent, StringComparison.Ordinal);
            var card = Assert.Single(section.QuerySelectorAll("li[data-materi]"));
            Assert.Equal(berkala.ToString(), card.GetAttribute("data-materi"));
            Assert.Equal($"/admin/materi/{berkala}", card.QuerySelector("a")!.GetAttribute("href"));
            Assert.Contains("Laporan Realisasi Anggaran Semester I", card.TextContent, StringComparison.Ordinal);
            Assert.Contains("Terakhir diperbarui 1 Juni 2026", card.TextContent, StringComparison.Ordinal);
            Assert.Contains("6 bulan 1 hari lalu", card.TextContent, StringComparison.Ordinal);
        }

        foreach (var who in new[] { "staf", "verifikator", "agendaris", "admin" })
        {
            Assert.Null(await DashboardSectionAsync(f, who));
        }

        Assert.Equal([berkala], await StaleApiAsync(f, "ppid"));
        var refused = await (await Api.ClientForAsync(f, "staf")).GetAsync(new Uri("/api/v1/informasi-berkala/perlu-diperbarui", UriKind.Relative));
        await refused.ProblemAsync(403);

        // The public list and its API carry each item's last update.
        var ppid = await new Browser(f).GetAsync("/ppid");
        Assert.Contains("Diperbarui", ppid.Document.QuerySelector("[data-testid=dip-kartu]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 Juni 2026", ppid.Document.QuerySelector("[data-testid=dip-kartu]")!.TextContent, StringComparison.Ordinal);
        var dip = await (await Api.Anonymous(f).GetAsync(new Uri("/api/v1/informasi-publik", UriKind.Relative))).JsonAsync();
        var item = dip.GetProperty("kategori").EnumerateArray().SelectMany(k => k.GetProperty("items").EnumerateArray()).Single(i => i.GetProperty("id").GetGuid() == berkala);
        Assert.Equal(Start.ToOffset(TimeSpan.FromHours(7)), item.GetProperty("diperbarui").GetDateTimeOffset());
    }

    [Fact]
    public async Task Notice_OncePerPersonAfterTwoRunsOnTwoInstances_ARevisionResetsIt_AndALaterAgeingIsToldAgain()
    {
        using var database = TestDatabase.Create();
        var clock = new FakeTimeProvider(Start);
        using var a = Instance(clock, database);
        using var b = Instance(clock, database);
        await a.SeedUsersAsync();
        _ = b.Server;
        var id = await Publish.ApproveAsync(a, "Laporan Kinerja Kecamatan");
        var link = $"/admin/materi/{id}";
        var expected = a.WithDb(db => (
            from ur in db.UserRoles
            join r in db.Roles on ur.RoleId equals r.Id
            where r.Name == SopRoles.PpidPembantu || r.Name == SopRoles.Sekretaris
            select ur.UserId).Distinct().ToList());
        Assert.True(expected.Count >= 2, "the test users hold both roles");

        async Task BothInstancesCheckTwiceAsync()
        {
            var onA = a.Services.GetRequiredService<BerkalaWatcher>();
            var onB = b.Services.GetRequiredService<BerkalaWatcher>();
            var loops = Task.WhenAll(Rounds.WaitAsync<BerkalaWatcher>(a, rounds: 1), Rounds.WaitAsync<BerkalaWatcher>(b, rounds: 1));
            a.Services.GetRequiredService<BerkalaSignal>().Notify();
            b.Services.GetRequiredService<BerkalaSignal>().Notify();
            await Task.WhenAll(
                onA.DispatchDueAsync(CancellationToken.None), onB.DispatchDueAsync(CancellationToken.None),
                onA.DispatchDueAsync(CancellationToken.None), onB.DispatchDueAsync(CancellationToken.None));
            await loops;
        }

        List<(string UserId, string? OnceKey, string Title, string Body)> Notices() => a.WithDb(db => db.Notifications
            .Where(n => n.Kind == "berkala-usang" && n.Link == link)
            .Select(n => new { n.UserId, n.OnceKey, n.Title, n.Body }).ToList()
            .Select(n => (n.UserId, n.OnceKey, n.Title, n.Body)).ToList());

        // Before the line: nothing.
        clock.SetUtcNow(Start.AddMonths(6).AddHours(-1));
        await BothInstancesCheckTwiceAsync();
        Assert.Empty(Notices());

        // Across the line: one notice per PPID Pembantu and Sekretaris, however many runs and instances.
        clock.SetUtcNow(Start.AddMonths(6).AddDays(1));
        await BothInstancesCheckTwiceAsync();
        await BothInstancesCheckTwiceAsync();
        var first = Notices();
        Assert.Equal(expected.Order(), first.Select(n => n.UserId).Order());
        Assert.Single(first.Select(n => n.OnceKey).Distinct());
        Assert.Equal("Informasi berkala perlu diperbarui: Laporan Kinerja Kecamatan", first[0].Title);
        Assert.Contains("terakhir diperbarui 1 Juni 2026", first[0].Body, StringComparison.Ordinal);

        // A revision, published: off the list, and no new notice.
        var sekretaris = await Api.ClientForAsync(a, "sekretaris");
        var staf = await Api.ClientForAsync(a, "staf");
        await Publish.MoveAsync(sekretaris, id, new { aksi = "revisi", catatan = "Perbarui data semester II" }, a);
        using (var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { judul = "Laporan Kinerja Kecamatan", ringkasan = "Data semester II.", isi = "<p>Data terbaru.</p>", kategoriId = 1 }),
        })
        {
            put.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
            var saved = await staf.SendAsync(put);
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }

        // Stale while the revision is under way (the old version is what the public reads).
        Assert.Equal([id], await StaleApiAsync(a, "sekretaris"));
        await Publish.MoveAsync(staf, id, new { aksi = "serahkan" }, a);
        await Publish.MoveAsync(sekretaris, id, new { aksi = "ajukan-verifikasi" }, a);
        await Publish.MoveAsync(await Api.ClientForAsync(a, "verifikator"), id, new { aksi = "setujui", klasifikasi = "berkala" }, a);
        Assert.Empty(await StaleApiAsync(a, "sekretaris"));
        Assert.Contains("(0)", await DashboardSectionAsync(a, "ppid"), StringComparison.Ordinal);
        await BothInstancesCheckTwiceAsync();
        Assert.Equal(first.Count, Notices().Count);

        // Six months and a day after the revision's publication: told again, once.
        clock.SetUtcNow(Start.AddMonths(12).AddDays(2));
        await BothInstancesCheckTwiceAsync();
        await BothInstancesCheckTwiceAsync();
        var all = Notices();
        Assert.Equal(2 * first.Count, all.Count);
        Assert.All(all.GroupBy(n => n.UserId), g => Assert.Equal(2, g.Select(n => n.OnceKey).Distinct().Count()));
        Assert.Contains(all, n => n.Body.Contains("terakhir diperbarui 2 Desember 2026", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("25")]
    [InlineData("-6")]
    public void BerkalaMaxAge_OutOfRange_RefusedAtStart(string months)
    {
        using var factory = new SopAppFactory();
        factory.Settings["Ppid:BerkalaMaxAge"] = months;

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.Server);
        Assert.Contains("Ppid:BerkalaMaxAge must be a whole number of months from 1 to 24", error.Message, StringComparison.Ordinal);
        Assert.Contains($"it is {months}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BerkalaMaxAge_Three_AnItemIsStaleAfterThreeMonths()
    {
        var clock = new FakeTimeProvider(Start);
        using var f = Instance(clock);
        f.Settings["Ppid:BerkalaMaxAge"] = "3";
        await f.SeedUsersAsync();
        var id = await Publish.ApproveAsync(f, "Rekap Layanan Administrasi Kependudukan");

        clock.SetUtcNow(Start.AddMonths(3).AddHours(-1));
        Assert.Empty(await StaleApiAsync(f, "ppid"));
        clock.SetUtcNow(Start.AddMonths(3).AddMinutes(1));
        Assert.Equal([id], await StaleApiAsync(f, "ppid"));
    }
}
