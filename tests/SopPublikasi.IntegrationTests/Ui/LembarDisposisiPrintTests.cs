using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// The Lembar Disposisi printed by the browser: one sheet of half folio (215 × 165 mm) or A4, with the letterhead,
/// the chosen instructions ticked and the forwarding so far.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed partial class LembarDisposisiPrintTests(LiveSite site)
{
    [Theory]
    [InlineData("folio", 215, 165)]
    [InlineData("a4", 210, 297)]
    public async Task Print_FitsOnOneSheetOfItsPaperSize(string ukuran, int widthMm, int heightMm)
    {
        // A published demo article has passed through every step: a full forwarding history.
        var id = site.Factory.WithDb(db => db.Materi.OrderBy(m => m.Slug).First(m => m.PublishedVersionId != null).Id);
        var page = await site.SignInAsync("verifikator", "Demo#2026sop", 1280);

        await page.GotoAsync($"/admin/materi/{id}/cetak?ukuran={ukuran}");

        await Assertions.Expect(page.Locator(".kop-instansi")).ToHaveTextAsync("PEMERINTAH KABUPATEN KARANGANYAR");
        Assert.Equal(2, await page.Locator(".checklist li[data-dipilih=ya]").CountAsync());
        Assert.True(await page.Locator(".paraf tbody tr").CountAsync() >= 5, "steps 1-6 are listed with who and when");
        await Screenshots.SaveAsync(page, "admin", $"lembar-disposisi-{ukuran}");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        await File.WriteAllBytesAsync(Infrastructure.Repo.Artifact($"screenshots/admin/lembar-disposisi-{ukuran}.pdf"), pdf);

        var text = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Equal(1, PageObject().Count(text));
        var box = MediaBox().Match(text);
        Assert.True(box.Success, "the PDF states its page size");
        Assert.Equal(widthMm, Millimetres(box.Groups[1].Value), precision: 0);
        Assert.Equal(heightMm, Millimetres(box.Groups[2].Value), precision: 0);
        await page.Context.CloseAsync();
    }

    private static double Millimetres(string points) => double.Parse(points, System.Globalization.CultureInfo.InvariantCulture) / 72 * 25.4;

    [GeneratedRegex(@"/Type\s*/Page\b(?!s)")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
