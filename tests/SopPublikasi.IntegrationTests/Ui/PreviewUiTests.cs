using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SopPublikasi.IntegrationTests.Infrastructure;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// On a 375 px phone: the Staf opens the preview of the draft from the editor and from the item page (body photo
/// shown), makes a preview link, and a fresh browser without an account opens it; a tab killed while writing loses
/// nothing (the browser's copy is offered back as "Pulihkan draf otomatis").
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed partial class PreviewUiTests(LiveSite site) : BrowserTest
{
    protected override LiveSite Site => site;

    private const string Password = "Demo#2026sop";

    [Fact]
    public async Task Staf_OnAPhone_PreviewsFromEditorAndItemPage_SharesALink_AnonymousOpensIt_KilledTabRestored()
    {
        var perihal = "Lomba kebersihan desa " + Random.Shared.Next(1000, 9999);
        var id = await ItemForStafAsync(perihal);

        var staf = await site.SignInAsync("staf", Password, 375);
        await staf.GotoAsync($"/admin/materi/{id}/sunting");
        var title = perihal + " di Desa Contoh";
        await staf.GetByLabel("Judul *").FillAsync(title);
        await staf.GetByLabel("Ringkasan *").FillAsync("Warga berlomba menjaga kebersihan lingkungan.");
        await staf.Locator(".ql-editor").ClickAsync();
        await staf.Keyboard.TypeAsync("Sepuluh dusun ikut lomba kebersihan.");
        await staf.Keyboard.PressAsync("Enter");
        await staf.GetByLabel("Teks alternatif foto (wajib)").FillAsync("Warga menyapu jalan desa");
        await staf.Locator("#FotoIsi").SetInputFilesAsync(new FilePayload { Name = "lomba.jpg", MimeType = "image/jpeg", Buffer = Photos.Jpeg(1200, 800) });
        await staf.GetByRole(AriaRole.Button, new() { Name = "Unggah dan sisipkan", Exact = true }).ClickAsync();
        await Assertions.Expect(staf.Locator(".ql-editor img[alt='Warga menyapu jalan desa']")).ToHaveCountAsync(1);
        await staf.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await Assertions.Expect(staf.GetByRole(AriaRole.Status)).ToContainTextAsync("Draf tersimpan");

        // From the editor: the preview opens in its own tab, in the public template, the body photo loaded.
        await staf.GotoAsync($"/admin/materi/{id}/sunting");
        var fromEditor = await staf.RunAndWaitForPopupAsync(() => staf.GetByTestId("pratinjau-sunting").ClickAsync());
        await Assertions.Expect(fromEditor.GetByTestId("pratinjau")).ToContainTextAsync("Pratinjau — belum terbit");
        await Assertions.Expect(fromEditor.Locator("article h1")).ToHaveTextAsync(title);
        await AssertPhotoShownAsync(fromEditor);
        await LiveSite.AssertNoSidewaysScrollAsync(fromEditor);
        await Screenshots.SaveAsync(fromEditor, "publik", "pratinjau");
        await fromEditor.CloseAsync();

        // From the item page.
        await staf.GotoAsync($"/admin/materi/{id}");
        await staf.GetByTestId("buka-pratinjau").ClickAsync();
        await Assertions.Expect(staf.GetByTestId("pratinjau")).ToBeVisibleAsync();
        await Assertions.Expect(staf.Locator("meta[name=robots]")).ToHaveAttributeAsync("content", "noindex, nofollow");
        await AssertPhotoShownAsync(staf);

        // A preview link, opened in a fresh browser without signing in.
        await staf.GotoAsync($"/admin/materi/{id}");
        await staf.GetByTestId("form-tautan-pratinjau").Locator("button").ClickAsync();
        var link = await staf.GetByTestId("tautan-pratinjau-baru").InputValueAsync();
        Assert.Matches(LinkPattern(), link);
        await Screenshots.SaveAsync(staf, "admin", "pratinjau-tautan");
        var camat = await site.OpenAsync(375);
        var response = await camat.GotoAsync(new Uri(link).AbsolutePath); // the site's public address may be another host
        Assert.Equal(200, response!.Status);
        Assert.Contains("noindex", (await response.AllHeadersAsync())["x-robots-tag"], StringComparison.Ordinal);
        await Assertions.Expect(camat.Locator("article h1")).ToHaveTextAsync(title);
        await AssertPhotoShownAsync(camat);
        await LiveSite.AssertNoSidewaysScrollAsync(camat);
        await Axe.AssertNoSeriousViolationsAsync(camat);
        await Screenshots.SaveAsync(camat, "publik", "pratinjau-tautan");
        await camat.Context.CloseAsync();

        // A tab killed while writing: what was typed is offered back on return.
        await staf.GotoAsync($"/admin/materi/{id}/sunting");
        await staf.GetByLabel("Judul *").FillAsync(title + " (revisi di jalan)");
        var again = await staf.Context.NewPageAsync();
        await staf.CloseAsync(new() { RunBeforeUnload = false });
        await again.GotoAsync($"/admin/materi/{id}/sunting");
        await again.GetByTestId("pulihkan-otomatis").Locator("a").ClickAsync();
        await Assertions.Expect(again.GetByLabel("Judul *")).ToHaveValueAsync(title + " (revisi di jalan)");
        await Screenshots.SaveAsync(again, "admin", "editor-pulihkan-otomatis");
        await again.Context.CloseAsync();
    }

    private static async Task AssertPhotoShownAsync(IPage page)
    {
        var photo = page.Locator("article .article-body img").First;
        await Assertions.Expect(photo).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('article .article-body img'); return i && i.complete; }");
        Assert.True(await photo.EvaluateAsync<int>("i => i.naturalWidth") > 0, "the body photo did not load");
    }

    private async Task<Guid> ItemForStafAsync(string perihal)
    {
        var ppid = await site.SignInAsync("ppid", Password, 1280);
        await ppid.GotoAsync("/admin/disposisi/baru");
        await ppid.GetByLabel("Nomor agenda *").FillAsync("005/" + Random.Shared.Next(100, 999) + "/2026");
        await ppid.GetByLabel("Tanggal diterima *").FillAsync("2026-11-23");
        await ppid.GetByLabel("Asal surat / dari *").FillAsync("Camat");
        await ppid.GetByLabel("Diteruskan kepada *").FillAsync("Sekretaris Kecamatan");
        await ppid.GetByLabel("Perihal (kegiatan yang dipublikasikan) *").FillAsync(perihal);
        await ppid.GetByLabel("Untuk dipublikasikan").CheckAsync();
        await ppid.GetByRole(AriaRole.Button, new() { Name = "Beri disposisi" }).ClickAsync();
        await ppid.WaitForURLAsync(MateriUrl(), new() { WaitUntil = WaitUntilState.Commit });
        var id = Guid.Parse(MateriUrl().Match(ppid.Url).Groups[1].Value);
        await ppid.Context.CloseAsync();

        await ActAsync("agendaris", id, "teruskan");
        await ActAsync("sekretaris", id, "terima");
        await ActAsync("sekretaris", id, "tugaskan", f => f.GetByLabel("Staf Sekretariat yang ditugaskan *").SelectOptionAsync(new SelectOptionValue { Label = "Rina Kusumawati" }));
        return id;
    }

    private async Task ActAsync(string user, Guid id, string action, Func<ILocator, Task>? fill = null)
    {
        var page = await site.SignInAsync(user, Password, 1280);
        await page.GotoAsync($"/admin/materi/{id}?aksi={action}");
        var form = page.Locator($"form[data-aksi='{action}']");
        if (fill is not null)
        {
            await fill(form);
        }

        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/admin/materi/([0-9a-f-]{36})$")]
    private static partial Regex MateriUrl();

    [GeneratedRegex("^https?://[^/]+/pratinjau/[A-Za-z0-9_-]{43}$")]
    private static partial Regex LinkPattern();
}
