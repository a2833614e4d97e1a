using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// The proof: one person per SOP role carries an item through the real admin in Chromium, from the
/// disposisi to the public site: writing in the WYSIWYG editor, a photo uploaded by file input and one dropped
/// onto the editor, a send-back with its reason, the fix, and approval on a 375 px phone.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed partial class EditorFlowTests(LiveSite site) : BrowserTest
{
    protected override LiveSite Site => site;

    private const string Password = "Demo#2026sop";

    [Fact]
    public async Task OnePersonPerRole_CarriesAnItemThroughTheSop_ToThePublicSite()
    {
        var perihal = "Kerja bakti bersih sungai " + Random.Shared.Next(1000, 9999);

        // 1. PPID Pembantu gives the disposisi.
        var ppid = await site.SignInAsync("ppid", Password, 1280);
        await ppid.GotoAsync("/admin/disposisi/baru");
        await CheckAsync(ppid, "alur-1-disposisi-baru");
        await ppid.GetByLabel("Nomor agenda *").FillAsync("005/" + Random.Shared.Next(100, 999) + "/2026");
        await ppid.GetByLabel("Tanggal diterima *").FillAsync("2026-11-23");
        await ppid.GetByLabel("Asal surat / dari *").FillAsync("Camat");
        await ppid.GetByLabel("Diteruskan kepada *").FillAsync("Sekretaris Kecamatan");
        await ppid.GetByLabel("Perihal (kegiatan yang dipublikasikan) *").FillAsync(perihal);
        await ppid.GetByLabel("Untuk dipublikasikan").CheckAsync();
        await ppid.GetByRole(AriaRole.Button, new() { Name = "Beri disposisi" }).ClickAsync();
        // Only the address is needed here (it carries the id): wait for the redirect to commit, not for the page's
        // load event, which once did not come within 30 s under the full suite's load though the network was idle.
        await ppid.WaitForURLAsync(MateriUrl(), new() { WaitUntil = WaitUntilState.Commit });
        var id = Guid.Parse(MateriUrl().Match(ppid.Url).Groups[1].Value);
        await ppid.Context.CloseAsync();

        // 2-4. Pencatat/Agendaris forwards; the Sekretaris receives and assigns the Staf.
        await ActAsync("agendaris", id, "teruskan", "alur-2-agendaris");
        await ActAsync("sekretaris", id, "terima", "alur-3-sekretaris-terima");
        await ActAsync("sekretaris", id, "tugaskan", null, f => f.GetByLabel("Staf Sekretariat yang ditugaskan *").SelectOptionAsync(new SelectOptionValue { Label = "Rina Kusumawati" }));

        // 5. The Staf writes in the editor, with one photo by file input and one by drag and drop.
        var staf = await site.SignInAsync("staf", Password, 1280);
        await staf.GotoAsync($"/admin/materi/{id}/sunting");
        var editor = staf.Locator(".ql-editor");
        await Assertions.Expect(editor).ToBeVisibleAsync();
        await Assertions.Expect(staf.Locator("textarea[data-editor]")).ToBeHiddenAsync();
        await staf.GetByLabel("Judul *").FillAsync(perihal + " di Desa Contoh");
        await staf.GetByLabel("Ringkasan *").FillAsync("Warga dan perangkat desa membersihkan bantaran sungai.");
        await editor.ClickAsync();
        await staf.Keyboard.TypeAsync("Sebanyak 80 warga ikut ");
        await staf.Keyboard.PressAsync("Control+b");
        await staf.Keyboard.TypeAsync("kerja bakti");
        await staf.Keyboard.PressAsync("Control+b");
        await staf.Keyboard.TypeAsync(" pada Minggu pagi.");
        await staf.Keyboard.PressAsync("Enter");

        // A photo without alt text is not uploaded: the message stands beside the alt field.
        await staf.Locator("#FotoIsi").SetInputFilesAsync(new FilePayload { Name = "IMG_0001.jpg", MimeType = "image/jpeg", Buffer = Photos.Jpeg(1200, 800) });
        await staf.GetByRole(AriaRole.Button, new() { Name = "Unggah dan sisipkan", Exact = true }).ClickAsync();
        await Assertions.Expect(staf.Locator("#FotoIsiAlt-error")).ToContainTextAsync("teks alternatif");
        await staf.GetByLabel("Teks alternatif foto (wajib)").FillAsync("Warga membersihkan sungai");
        await staf.GetByRole(AriaRole.Button, new() { Name = "Unggah dan sisipkan", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.Locator("img[alt='Warga membersihkan sungai']")).ToHaveCountAsync(1);

        await staf.GetByLabel("Teks alternatif foto (wajib)").FillAsync("Sampah plastik yang terkumpul");
        await DropPhotoAsync(staf, Photos.Jpeg(900, 600), "IMG_0002.jpg");
        await Assertions.Expect(editor.Locator("img[alt='Sampah plastik yang terkumpul']")).ToHaveCountAsync(1);
        await Assertions.Expect(staf.Locator("#foto-isi-status")).ToContainTextAsync("disisipkan");
        await CheckAsync(staf, "editor-tulis");

        await staf.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await staf.WaitForURLAsync($"**/admin/materi/{id}");
        var body = site.Factory.WithDb(db => db.MateriVersions.Where(v => v.MateriId == id).OrderByDescending(v => v.Number).First().Body);
        Assert.Contains("<strong>kerja bakti</strong>", body, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(body, "<img src=\"/media/[0-9a-f-]+\" alt=\"[^\"]+\">"));
        Assert.DoesNotContain("&nbsp;", body, StringComparison.Ordinal);
        await staf.Locator("[data-testid=aksi-serahkan] > summary").ClickAsync(); // the move's form opens when chosen
        await staf.Locator("form[data-aksi='serahkan'] button").ClickAsync();
        await Assertions.Expect(staf.GetByTestId("tahap")).ToHaveTextAsync("Koreksi Sekretaris");
        await staf.Context.CloseAsync();

        // 6. The Sekretaris sends it back with a reason; the Staf sees the reason on top of the form and fixes it.
        const string Reason = "Sebutkan nama desa dan jumlah sampah yang terkumpul.";
        await ActAsync("sekretaris", id, "kembalikan-ke-staf", "alur-4-kembalikan", f => f.GetByLabel("Alasan pengembalian *").FillAsync(Reason));
        staf = await site.SignInAsync("staf", Password, 1280);
        await staf.GotoAsync($"/admin/materi/{id}/sunting");
        await Assertions.Expect(staf.GetByRole(AriaRole.Alert)).ToContainTextAsync(Reason);
        await CheckAsync(staf, "editor-perbaikan");
        await staf.Locator(".ql-editor").ClickAsync();
        await staf.Keyboard.PressAsync("Control+End");
        await staf.Keyboard.PressAsync("Enter");
        await staf.Keyboard.TypeAsync("Terkumpul 1,2 ton sampah dari Desa Contoh.");
        await staf.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await staf.WaitForURLAsync($"**/admin/materi/{id}");
        await staf.Locator("[data-testid=aksi-serahkan] > summary").ClickAsync(); // the move's form opens when chosen
        await staf.Locator("form[data-aksi='serahkan'] button").ClickAsync();
        await Assertions.Expect(staf.GetByTestId("tahap")).ToHaveTextAsync("Koreksi Sekretaris");
        await staf.Context.CloseAsync();

        // 7. The Sekretaris forwards; the verifier classifies and approves on a phone.
        await ActAsync("sekretaris", id, "ajukan-verifikasi", "alur-5-ajukan-verifikasi");
        var verifier = await site.SignInAsync("verifikator", Password, 375);
        await verifier.GotoAsync($"/admin/materi/{id}");
        await CheckAsync(verifier, "alur-6-verifikasi-ponsel");
        await LiveSite.AssertNoSidewaysScrollAsync(verifier);
        await verifier.GetByTestId("bar-aksi").GetByRole(AriaRole.Link, new() { Name = "Setujui" }).First.ClickAsync(); // the sticky bar opens the form
        var approve = verifier.Locator("form[data-aksi='setujui']");
        await approve.GetByLabel("Informasi berkala").CheckAsync();
        await approve.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(verifier.GetByRole(AriaRole.Status)).ToContainTextAsync("langsung tayang");
        await verifier.Context.CloseAsync();

        // 8. Live on the public site, with both photos (served to anyone) and the fix.
        var materi = site.Factory.WithDb(db => db.Materi.Single(m => m.Id == id));
        Assert.Equal(WorkflowState.Terbit, materi.State);
        var visitor = await site.OpenAsync(375);
        var response = await visitor.GotoAsync("/berita/" + materi.Slug);
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Terkumpul 1,2 ton sampah");
        var photo = visitor.Locator("main img[alt='Sampah plastik yang terkumpul']");
        await Assertions.Expect(photo).ToHaveCountAsync(1);
        var src = await photo.GetAttributeAsync("src");
        var image = await visitor.APIRequest.GetAsync(src!);
        Assert.Equal(200, image.Status);
        Assert.False(Photos.HasMetadata(await image.BodyAsync()), "the public photo still carries EXIF");
        await visitor.Context.CloseAsync();
    }

    private async Task ActAsync(string user, Guid id, string action, string? screenshot, Func<ILocator, Task>? fill = null)
    {
        var page = await site.SignInAsync(user, Password, 1280);
        await page.GotoAsync($"/admin/materi/{id}?aksi={action}"); // the server opens the chosen move's form
        if (screenshot is not null)
        {
            await CheckAsync(page, screenshot);
        }

        var form = page.Locator($"form[data-aksi='{action}']");
        if (fill is not null)
        {
            await fill(form);
        }

        var before = site.Factory.WithDb(db => db.History.Count(h => h.MateriId == id));
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        Assert.True(site.Factory.WithDb(db => db.History.Count(h => h.MateriId == id)) > before, $"{user} could not {action}");
        await page.Context.CloseAsync();
    }

    private static async Task CheckAsync(IPage page, string screenshot)
    {
        await Screenshots.SaveAsync(page, "admin", screenshot);
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>Drops a file onto the editor as a person dragging it from the file manager would.</summary>
    private static async Task DropPhotoAsync(IPage page, byte[] photo, string name) => await page.EvaluateAsync(
        """
        ([b64, name]) => {
          const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
          const transfer = new DataTransfer();
          transfer.items.add(new File([bytes], name, { type: 'image/jpeg' }));
          const target = document.querySelector('.ql-editor');
          for (const type of ['dragenter', 'dragover', 'drop']) {
            target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
          }
        }
        """,
        new[] { Convert.ToBase64String(photo), name });

    [GeneratedRegex("/admin/materi/([0-9a-f-]{36})$")]
    private static partial Regex MateriUrl();
}
