using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Disposisi;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>The dashboard and the version diff in Chromium at phone and desktop width: axe-core clean, no sideways scroll, screenshots.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class DashboardAndDiffUiTests(LiveSite site) : BrowserTest
{
    protected override LiveSite Site => site;

    private const string DemoPassword = "Demo#2026sop";

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Dashboard_Sekretaris_OverviewAndMedians_AccessibleWithoutSidewaysScroll(int width)
    {
        var page = await site.SignInAsync("sekretaris", DemoPassword, width);

        await page.GotoAsync("/admin");
        await page.GetByTestId("dasbor-lain").Locator("summary").ClickAsync(); // the overview is folded below my tasks

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Median waktu per langkah" })).ToBeVisibleAsync();
        Assert.True(await page.Locator("[data-testid=dalam-proses] tr[data-materi]").CountAsync() >= 1);
        Assert.Equal(6, await page.Locator("[data-testid=median] tr[data-langkah]").CountAsync()); // steps 2-7
        await Assertions.Expect(page.GetByTestId("lonceng")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "admin", "dasbor-sekretaris");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Diff_TwoVersionsAtCorrection_ChangedWordsMarked_AccessibleWithoutSidewaysScroll(int width)
    {
        var id = await ItemWithTwoVersionsAsync($"Bersih-bersih Sungai Bengawan ({width})");
        var page = await site.SignInAsync("sekretaris", DemoPassword, width);

        await page.GotoAsync($"/admin/materi/{id}/perbedaan");

        var body = page.Locator("[data-testid=perbedaan] dd[data-field='isi']");
        await Assertions.Expect(body.Locator("del")).ToHaveTextAsync("40");
        await Assertions.Expect(body.Locator("ins").First).ToContainTextAsync("65");
        await Screenshots.SaveAsync(page, "admin", "diff-perbedaan");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await LiveSite.AssertNoSidewaysScrollAsync(page);

        await page.GotoAsync($"/admin/materi/{id}");
        await Assertions.Expect(page.Locator("details.diff-box[open] [data-testid=perbedaan]")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "admin", "diff-koreksi");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// A new item carried to correction through the app's own services (the demo's one item at verification is
    /// left alone for the approval test): staf writes version 1, the Sekretaris corrects it into version 2.
    /// </summary>
    private async Task<Guid> ItemWithTwoVersionsAsync(string title)
    {
        using var scope = site.Factory.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var actors = sp.GetRequiredService<ActorResolver>();
        async Task<Actor> As(string userName) => await actors.FromUserAsync((await users.FindByNameAsync(userName))!);
        var ppid = await As("ppid");
        var sekretaris = await As("sekretaris");
        var staf = await As("staf");
        var materi = sp.GetRequiredService<MateriService>();

        var created = await sp.GetRequiredService<DisposisiService>().CreateAsync(
            new DisposisiInput
            {
                NomorAgenda = "005/" + Random.Shared.Next(100, 999) + "/2026",
                TanggalDiterima = new DateOnly(2026, 11, 23),
                AsalSurat = "PPID Pembantu Kecamatan",
                Perihal = title,
                Urgency = Urgency.Segera,
                SecurityClass = SecurityClass.Biasa,
                Instruksi = ["Untuk dipublikasikan"],
            },
            null,
            ppid,
            CancellationToken.None);
        var id = created.Id;
        await materi.TransitionAsync(id, new TransitionInput { Aksi = "teruskan" }, await As("agendaris"), CancellationToken.None);
        await materi.TransitionAsync(id, new TransitionInput { Aksi = "terima" }, sekretaris, CancellationToken.None);
        await materi.TransitionAsync(id, new TransitionInput { Aksi = "tugaskan", PetugasId = staf.Id }, sekretaris, CancellationToken.None);
        await materi.SaveDraftAsync(id, Draft(title, "<p>Warga dari 40 RT membersihkan bantaran sungai.</p><p>Sampah diangkut ke TPS.</p>", 0), null, [], staf, CancellationToken.None);
        await materi.TransitionAsync(id, new TransitionInput { Aksi = "serahkan" }, staf, CancellationToken.None);
        await materi.SaveDraftAsync(id, Draft(title, "<p>Warga dari 65 RT dan relawan membersihkan bantaran sungai sepanjang 3 km.</p><p>Sampah diangkut ke TPS.</p>", 1), null, [], sekretaris, CancellationToken.None);
        return id;
    }

    private static DraftInput Draft(string title, string body, int baseVersion) => new()
    {
        Judul = title,
        Ringkasan = "Kerja bakti membersihkan sungai bersama warga.",
        Isi = body,
        KategoriId = 1,
        TanggalKegiatan = new DateOnly(2026, 11, 22),
        LokasiKegiatan = baseVersion == 0 ? "Desa Jatiroto" : "Desa Jatiroto dan Desa Sringin",
        Tag = baseVersion == 0 ? ["kerja-bakti"] : ["kerja-bakti", "lingkungan"],
        VersiDasar = baseVersion,
    };
}
