using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Disposisi;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// The admin on a phone (375 px) in Chromium: the top bar and its menu, the Dasbor with 30 items, the verifier's item
/// page, a 50-character nomor agenda, the sign-in page. Every page visited: axe-core finds nothing serious or
/// critical, no sideways scroll, a screenshot. Its own live site, so its 30 items stay out of the shared one.
/// </summary>
public sealed class AdminPhoneUiTests(LiveSite site) : BrowserTest, IClassFixture<LiveSite>
{
    protected override LiveSite Site => site;

    private const string Password = "Demo#2026sop";

    /// <summary>A nomor agenda at the 50-character limit with no place to break.</summary>
    private const string LongAgenda = "005/PPID-KECAMATAN-SUKAMAJU/SEKRETARIAT/XII/2026/1";

    [Theory]
    [InlineData("staf", false)]
    [InlineData("admin", true)]
    public async Task Menu_OnAPhone_BarAtMost64Px_OpensWithTheLinksThePersonMayUse(string user, bool administrator)
    {
        var page = await site.SignInAsync(user, Password, 375);
        await page.GotoAsync("/admin");

        var bar = await page.Locator("header.admin-bar").BoundingBoxAsync();
        Assert.True(bar!.Height <= 64, $"the top bar is {bar.Height} px high at 375 px");
        await Assertions.Expect(page.GetByTestId("lonceng")).ToBeVisibleAsync();
        var toggle = page.GetByTestId("menu-admin-tombol");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        var menu = page.Locator("nav[aria-label='Menu admin']");
        await Assertions.Expect(menu).ToBeHiddenAsync();

        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Semua Materi" })).ToBeVisibleAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Button, new() { Name = $"Keluar ({user})" })).ToBeVisibleAsync();
        Assert.Equal(administrator ? 1 : 0, await menu.GetByRole(AriaRole.Link, new() { Name = "Pengguna", Exact = true }).CountAsync());
        Assert.Equal(administrator ? 1 : 0, await menu.GetByRole(AriaRole.Link, new() { Name = "Webhook", Exact = true }).CountAsync());
        await Screenshots.SaveAsync(page, "admin", "menu-" + user);
        await Axe.AssertNoSeriousViolationsAsync(page);
        await LiveSite.AssertNoSidewaysScrollAsync(page);

        // Escape closes it and gives the focus back to the button.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(menu).ToBeHiddenAsync();
        await Assertions.Expect(toggle).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Menu_OnADesktop_IsOneRowWithoutTheButton()
    {
        var page = await site.SignInAsync("admin", Password, 1280);
        await page.GotoAsync("/admin");

        await Assertions.Expect(page.GetByTestId("menu-admin-tombol")).ToBeHiddenAsync();
        var menu = page.Locator("nav[aria-label='Menu admin']");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Pengguna", Exact = true })).ToBeVisibleAsync();
        var first = await menu.GetByRole(AriaRole.Link, new() { Name = "Dasbor" }).BoundingBoxAsync();
        var second = await menu.GetByRole(AriaRole.Link, new() { Name = "Semua Materi" }).BoundingBoxAsync();
        Assert.Equal(first!.Y, second!.Y, 1.0);
        await Screenshots.SaveAsync(page, "admin", "menu-admin");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Dashboard_ThirtyItems_OverdueFirst_RestFolded_NoSidewaysScroll()
    {
        var titles = Enumerable.Range(1, 30).Select(i => $"Kegiatan desa nomor {i} untuk dasbor ponsel").ToList();
        var ids = new List<Guid>();
        for (var i = 0; i < titles.Count; i++)
        {
            ids.Add(await ToVerificationAsync(titles[i], i == 0 ? LongAgenda : $"005/{i + 1}/2026", "<p>Isi berita.</p>"));
        }

        var overdue = ids.Take(8).ToList();
        var past = DateTimeOffset.UtcNow.AddDays(-10);
        site.Factory.WithDb(db => db.Materi.Where(m => overdue.Contains(m.Id)).ExecuteUpdate(s => s.SetProperty(m => m.StateSince, past)));

        var page = await site.SignInAsync("verifikator", Password, 375);
        await page.GotoAsync("/admin");

        var late = page.GetByTestId("tugas-terlambat").Locator("[data-materi]");
        Assert.Equal(8, await late.CountAsync());
        Assert.True(await page.GetByTestId("tugas-lain").Locator("[data-materi]").CountAsync() >= 22);
        var lateTop = (await page.GetByTestId("tugas-terlambat").BoundingBoxAsync())!.Y;
        var restTop = (await page.GetByTestId("tugas-lain").BoundingBoxAsync())!.Y;
        Assert.True(lateTop < restTop, "the overdue group comes first");
        await Assertions.Expect(page.GetByTestId("tugas-terlambat").Locator($"[data-materi='{ids[0]}']")).ToContainTextAsync(LongAgenda);
        await Assertions.Expect(page.GetByTestId("dasbor-lain")).Not.ToHaveAttributeAsync("open", string.Empty);
        await Assertions.Expect(page.GetByTestId("tugas-terlambat").Locator($"[data-materi='{ids[0]}'] a.button").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "admin", "dasbor-30-materi");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await LiveSite.AssertNoSidewaysScrollAsync(page);

        // The search box narrows the lists, without JavaScript's help (a GET form).
        await page.GetByLabel("Cari tugas (judul atau nomor agenda)").FillAsync("nomor 17 untuk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cari", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("tugas-saya").Locator("[data-materi]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("tugas-saya").Locator($"[data-materi='{ids[16]}']")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "admin", "dasbor-cari");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await LiveSite.AssertNoSidewaysScrollAsync(page);

        // The card's button goes straight to the move, its form open.
        await page.GotoAsync("/admin");
        await page.GetByTestId("tugas-terlambat").Locator($"[data-materi='{ids[1]}'] a.button[data-aksi=setujui]").ClickAsync();
        await Assertions.Expect(page.Locator("form[data-aksi='setujui']")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task VerifierPage_OnAPhone_ArticleBeforeTheForms_StickyBarInReachAfterScrolling()
    {
        var body = string.Concat(Enumerable.Range(1, 12).Select(i => $"<p>Paragraf {i}: warga dari seluruh desa bergotong royong membersihkan saluran air dan bantaran sungai sepanjang tiga kilometer, lalu sampah diangkut ke TPS terdekat. https://contoh.go.id/berkas/dokumen-yang-sangat-panjang-tanpa-spasi-sama-sekali-{i}.pdf</p>"));
        var id = await ToVerificationAsync("Kerja bakti akbar membersihkan sungai", LongAgenda, body);

        var page = await site.SignInAsync("verifikator", Password, 375);
        await page.GotoAsync($"/admin/materi/{id}");

        var article = (await page.Locator("section[aria-labelledby=draf]").BoundingBoxAsync())!;
        var moves = (await page.Locator("#tindakan").BoundingBoxAsync())!;
        Assert.True(article.Y < moves.Y, $"the article ({article.Y}) comes before the moves ({moves.Y})");
        await Assertions.Expect(page.Locator("form[data-aksi='setujui']")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText(LongAgenda).First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "admin", "verifikasi-ponsel");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await LiveSite.AssertNoSidewaysScrollAsync(page);

        // Halfway down the article the moves are still at hand, at the bottom of the screen.
        await page.Locator("section[aria-labelledby=draf] .article-body p").Nth(6).ScrollIntoViewIfNeededAsync();
        var bar = page.GetByTestId("bar-aksi");
        await Assertions.Expect(bar).ToBeInViewportAsync();
        var box = (await bar.BoundingBoxAsync())!;
        Assert.True(box.Y + box.Height <= 812 + 1 && box.Y > 812 / 2, $"the bar sits at the bottom of the screen (y {box.Y}, height {box.Height})");
        await page.ScreenshotAsync(new() { Path = Repo.Artifact(Path.Combine("screenshots", "admin", "verifikasi-bar-aksi-375.png")) });

        await bar.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator("details.move[open] form").First).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_OnAPhone_CentredCard_BackToTheSite_AndWhatToDoWhenThePasswordIsForgotten()
    {
        var page = await site.OpenAsync(375);
        await page.GotoAsync("/admin/masuk");

        await Assertions.Expect(page.GetByTestId("identitas-kantor")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke situs" })).ToHaveAttributeAsync("href", "/");
        await page.GetByText("Lupa kata sandi?").ClickAsync();
        await Assertions.Expect(page.GetByTestId("lupa-sandi")).ToContainTextAsync("Atur ulang kata sandi");
        var card = (await page.GetByTestId("kartu-masuk").BoundingBoxAsync())!;
        Assert.True(Math.Abs(card.X - (375 - card.X - card.Width)) <= 2, "the card is centred");
        await Screenshots.SaveAsync(page, "admin", "masuk");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>An item carried to the verifier's desk through the app's own services (as the other browser tests seed).</summary>
    private async Task<Guid> ToVerificationAsync(string title, string agenda, string body)
    {
        using var scope = site.Factory.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var actors = sp.GetRequiredService<ActorResolver>();
        async Task<Actor> As(string userName) => await actors.FromUserAsync((await users.FindByNameAsync(userName))!);
        var sekretaris = await As("sekretaris");
        var staf = await As("staf");
        var materi = sp.GetRequiredService<MateriService>();
        var created = await sp.GetRequiredService<DisposisiService>().CreateAsync(
            new DisposisiInput
            {
                NomorAgenda = agenda,
                TanggalDiterima = new DateOnly(2026, 11, 23),
                AsalSurat = "PPID Pembantu Kecamatan",
                Perihal = title,
                Urgency = Urgency.Segera,
                SecurityClass = SecurityClass.Biasa,
                Instruksi = ["Untuk dipublikasikan"],
            },
            null,
            await As("ppid"),
            CancellationToken.None);
        var id = created.Id;
        await materi.TransitionAsync(id, new TransitionInput { Aksi = "teruskan" }, await As("agendaris"), CancellationToken.None);
        await materi.TransitionAsync(id, new TransitionInput { Aksi = "terima" }, sekretaris, CancellationToken.None);
        await materi.TransitionAsync(id, new TransitionInput { Aksi = "tugaskan", PetugasId = staf.Id }, sekretaris, CancellationToken.None);
        var draft = new DraftInput { Judul = title, Ringkasan = "Ringkasan " + title + ".", Isi = body, KategoriId = 1, VersiDasar = 0 };
        await materi.SaveDraftAsync(id, draft, null, [], staf, CancellationToken.None);
        await materi.TransitionAsync(id, new TransitionInput { Aksi = "serahkan" }, staf, CancellationToken.None);
        await materi.TransitionAsync(id, new TransitionInput { Aksi = "ajukan-verifikasi" }, sekretaris, CancellationToken.None);
        return id;
    }
}
