using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.IntegrationTests;

/// <summary>What correction and verification see: the field and word diff, the comments in the timeline, the send-back reason on top.</summary>
public sealed class CorrectionScreenTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Diff_BodyWordChanged_ShowsChangedWordsAndFields_EscapedAtCorrectionAndVerification()
    {
        var id = await SopShortcuts.ToCorrectionAsync(app.Factory, "Gotong Royong Desa Jatiroto", "<p>Kegiatan diikuti 80 warga desa.</p><p>Tempat di balai desa.</p>");
        var sekretaris = await app.SignInAsync("sekretaris");
        var fix = Sop.Draft("Gotong Royong Bersih Desa Jatiroto", "<p>Kegiatan diikuti 120 warga desa &lt;b&gt;tebal&lt;/b&gt;.</p><p>Tempat di balai desa.</p>");
        fix["Input.LokasiKegiatan"] = "Balai Desa Jatiroto";
        var saved = await Sop.SaveDraftAsync(sekretaris, id, fix);
        Assert.True(saved.Errors().Length == 0, saved.Errors());

        var page = await sekretaris.GetAsync($"/admin/materi/{id}");
        var diff = page.Document.QuerySelector("[data-testid=perbedaan][data-dari='1'][data-ke='2']")!;
        Assert.NotNull(diff);
        Assert.NotNull(page.Document.QuerySelector("details.diff-box[open]"));
        var body = diff.QuerySelector("dd[data-field='isi']")!;
        Assert.Equal(["80"], body.QuerySelectorAll("del").Select(x => x.TextContent.Trim()));
        var inserted = string.Concat(body.QuerySelectorAll("ins").Select(x => x.TextContent));
        Assert.Contains("120", inserted, StringComparison.Ordinal);
        Assert.Contains("<b>tebal</b>", inserted, StringComparison.Ordinal); // the text of the body, shown as text
        Assert.Null(body.QuerySelector("b"));
        Assert.DoesNotContain("balai", inserted, StringComparison.OrdinalIgnoreCase); // unchanged words are not marked
        Assert.Contains("Tempat di balai desa.", body.TextContent, StringComparison.Ordinal);
        Assert.Equal("Bersih", diff.QuerySelector("dd[data-field='judul'] ins")?.TextContent.Trim());
        Assert.Contains("Jatiroto", string.Concat(diff.QuerySelectorAll("dd[data-field='tempat'] ins").Select(x => x.TextContent)), StringComparison.Ordinal);
        Assert.Null(diff.QuerySelector("dd[data-field='kategori']"));
        Assert.Contains("Kategori", diff.TextContent, StringComparison.Ordinal); // listed as unchanged

        await Sop.ActOkAsync(sekretaris, id, "ajukan-verifikasi");
        var verification = await (await app.SignInAsync("verifikator")).GetAsync($"/admin/materi/{id}");
        Assert.Equal(["80"], verification.Document.QuerySelectorAll("[data-testid=perbedaan] dd[data-field='isi'] del").Select(x => x.TextContent.Trim()));
        Assert.NotNull(verification.Document.QuerySelector("form[data-aksi='setujui']"));
        var own = await sekretaris.GetAsync($"/admin/materi/{id}/perbedaan");
        Assert.NotNull(own.Document.QuerySelector("[data-testid=perbedaan] dd[data-field='isi'] ins"));
    }

    [Fact]
    public async Task Diff_RevisionAfterPublication_ComparedWithLiveVersion()
    {
        var id = await SopShortcuts.ToCorrectionAsync(app.Factory, "Festival Jajanan Pasar", "<p>Festival digelar di alun-alun.</p>");
        var sekretaris = await app.SignInAsync("sekretaris");
        await Sop.ActOkAsync(sekretaris, id, "ajukan-verifikasi");
        await Sop.ActOkAsync(await app.SignInAsync("verifikator"), id, "setujui", new() { ["Input.Klasifikasi"] = "berkala" });
        await Sop.ActOkAsync(sekretaris, id, "revisi", new() { ["Input.Catatan"] = "Tambah jumlah pengunjung." });
        var staf = await app.SignInAsync("staf");
        Assert.True((await Sop.SaveDraftAsync(staf, id, Sop.Draft("Festival Jajanan Pasar", "<p>Festival digelar di alun-alun kota.</p>"))).Errors().Length == 0);
        Assert.True((await Sop.SaveDraftAsync(staf, id, Sop.Draft("Festival Jajanan Pasar", "<p>Festival digelar di alun-alun kota, 900 pengunjung.</p>"))).Errors().Length == 0);

        var page = await staf.GetAsync($"/admin/materi/{id}/perbedaan");

        var previous = page.Document.QuerySelector("[data-testid=perbedaan][data-dari='2'][data-ke='3']")!;
        Assert.Equal(", 900 pengunjung", string.Concat(previous.QuerySelectorAll("dd[data-field='isi'] ins").Select(x => x.TextContent)));
        var live = page.Document.QuerySelector("[data-testid=perbedaan][data-dari='1'][data-ke='3']")!;
        Assert.Contains("versi yang tayang", live.TextContent, StringComparison.Ordinal);
        Assert.Equal(" kota, 900 pengunjung", string.Concat(live.QuerySelectorAll("dd[data-field='isi'] ins").Select(x => x.TextContent)));
    }

    [Fact]
    public async Task Comments_ShownInTimelineWithWhoAndWhen_EmptyRefusedBesideField()
    {
        var id = await Sop.CreateDisposisiAsync(await app.SignInAsync("ppid"), "Kunjungan Kerja Bupati");
        var agendaris = await app.SignInAsync("agendaris");

        var empty = await agendaris.SubmitAsync($"/admin/materi/{id}", "form[data-testid=form-komentar]", new() { ["komentar"] = "   " });
        Assert.Contains("Komentar wajib diisi.", empty.Errors(), StringComparison.Ordinal);
        Assert.Equal(0, app.Factory.WithDb(db => db.MateriComments.Count(c => c.MateriId == id)));

        var posted = await agendaris.SubmitAsync($"/admin/materi/{id}", "form[data-testid=form-komentar]", new() { ["komentar"] = "Surat aslinya <em>menyusul</em> besok pagi." });
        Assert.Equal($"/admin/materi/{id}", posted.Url);

        var page = await (await app.SignInAsync("sekretaris")).GetAsync($"/admin/materi/{id}");
        var items = page.Document.QuerySelectorAll("[data-testid=riwayat] > li").ToList();
        var comment = items[^1];
        Assert.Equal("comment", comment.ClassName);
        Assert.Contains("Uji agendaris", comment.TextContent, StringComparison.Ordinal);
        Assert.Contains("WIB", comment.TextContent, StringComparison.Ordinal);
        Assert.Equal("Surat aslinya <em>menyusul</em> besok pagi.", comment.QuerySelector(".comment-text")?.TextContent);
        Assert.Null(comment.QuerySelector("em"));
        Assert.Equal("buat", items[0].GetAttribute("data-aksi")); // after the history row it followed
    }

    [Fact]
    public async Task SendBack_ReasonWithWhoAndWhen_OnTopOfTheWritersForm()
    {
        var id = await SopShortcuts.ToCorrectionAsync(app.Factory, "Lomba Desa Tingkat Kecamatan", "<p>Lomba desa diikuti 17 desa.</p>");
        await Sop.ActOkAsync(await app.SignInAsync("sekretaris"), id, "kembalikan-ke-staf", new() { ["Input.Catatan"] = "Lengkapi nama juara 1 sampai 3." });

        var form = await (await app.SignInAsync("staf")).GetAsync($"/admin/materi/{id}/sunting");

        var reason = form.Document.QuerySelector("[data-testid=alasan-kembali]")!;
        Assert.Equal("Lengkapi nama juara 1 sampai 3.", reason.QuerySelector(".reason")?.TextContent.Trim());
        Assert.Contains("oleh Uji sekretaris (Sekretaris)", reason.TextContent, StringComparison.Ordinal);
        Assert.True(reason.CompareDocumentPosition(form.Document.QuerySelector("form[enctype]")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }
}
