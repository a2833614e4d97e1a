using System.Net;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests;

/// <summary>Bad input gets a clear message beside its field, and nothing is saved half-way.</summary>
public class BadInputTests(AppFixture app) : IClassFixture<AppFixture>
{
    private int CountDisposisi() => app.Factory.WithDb(db => db.Disposisi.Count());

    [Fact]
    public async Task CreateDisposisi_MissingRequiredFields_MessagesBesideFieldsAndNothingSaved()
    {
        var ppid = await app.SignInAsync("ppid");
        var before = CountDisposisi();
        var fields = Sop.Disposisi("x");
        fields["Input.NomorAgenda"] = "";
        fields["Input.Perihal"] = "";
        fields["Input.Instruksi"] = Array.Empty<string>();

        var page = await ppid.SubmitAsync("/admin/disposisi/baru", "form[enctype]", fields);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/admin/disposisi/baru", page.Url);
        Assert.Contains("Nomor agenda wajib diisi.", page.Document.QuerySelector("[data-valmsg-for='Input.NomorAgenda']")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Perihal wajib diisi.", page.Document.QuerySelector("[data-valmsg-for='Input.Perihal']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, CountDisposisi());
    }

    [Fact]
    public async Task CreateDisposisi_NoInstructionTicked_MessageBesideChecklist()
    {
        var ppid = await app.SignInAsync("ppid");
        var before = CountDisposisi();
        var fields = Sop.Disposisi("Sosialisasi PBB");
        fields["Input.Instruksi"] = Array.Empty<string>();

        var page = await ppid.SubmitAsync("/admin/disposisi/baru", "form[enctype]", fields);

        Assert.Contains("Centang sedikitnya satu isi disposisi.", page.Document.QuerySelector("[data-valmsg-for='Input.Instruksi']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, CountDisposisi());
    }

    [Fact]
    public async Task CreateDisposisi_ScanThatIsNotAPdf_RefusedAndNothingSaved()
    {
        var ppid = await app.SignInAsync("ppid");
        var before = CountDisposisi();

        var page = await ppid.SubmitAsync("/admin/disposisi/baru", "form[enctype]", Sop.Disposisi("Surat palsu"), [("Pindaian", "surat.pdf", "<html><script>alert(1)</script>"u8.ToArray())]);

        Assert.Contains("PDF", page.Errors(), StringComparison.Ordinal);
        Assert.Equal(before, CountDisposisi());
    }

    [Fact]
    public async Task SaveDraft_OversizedUpload_MessageBesideFieldAndNoVersionSaved()
    {
        var id = await ItemInPenyusunanAsync("Unggahan besar");
        var staf = await app.SignInAsync("staf");
        var huge = new byte[SopAppFactory.MaxUploadBytes + 1];
        Sop.Pdf().CopyTo(huge, 0);

        var page = await Sop.SaveDraftAsync(staf, id, Sop.Draft("Unggahan lampiran yang terlalu besar"), [("Lampiran", "besar.pdf", huge)]);

        Assert.Contains("terlalu besar", page.Document.QuerySelector("[data-valmsg-for='Input.Lampiran']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, app.Factory.WithDb(db => db.MateriVersions.Count(v => v.MateriId == id)));
        Assert.Equal(0, app.Factory.WithDb(db => db.Media.Count(m => m.OriginalName == "besar.pdf")));
    }

    [Fact]
    public async Task SaveDraft_GoodCoverWithBadAttachment_RefusedAndNoFileLeftBehind()
    {
        var id = await ItemInPenyusunanAsync("Lampiran palsu");
        var staf = await app.SignInAsync("staf");
        var filesBefore = FilesOnDisk();
        var draft = Sop.Draft("Foto sah dengan lampiran palsu");
        draft["Input.FotoSampulAlt"] = "Foto kegiatan";

        var page = await Sop.SaveDraftAsync(staf, id, draft, [("FotoSampul", "foto.png", Sop.Png()), ("Lampiran", "virus.pdf", "MZ\u0090\u0000 not a pdf"u8.ToArray())]);

        Assert.Contains("virus.pdf", page.Document.QuerySelector("[data-valmsg-for='Input.Lampiran']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, app.Factory.WithDb(db => db.MateriVersions.Count(v => v.MateriId == id)));
        Assert.Equal(filesBefore, FilesOnDisk());
    }

    [Fact]
    public async Task SaveDraft_EmptyBodyAfterSanitizing_Refused()
    {
        var id = await ItemInPenyusunanAsync("Isi kosong");
        var staf = await app.SignInAsync("staf");

        var page = await Sop.SaveDraftAsync(staf, id, Sop.Draft("Judul dengan isi berbahaya saja", "<script>alert(1)</script>"));

        Assert.Contains("Isi materi wajib diisi.", page.Document.QuerySelector("[data-valmsg-for='Input.Isi']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, app.Factory.WithDb(db => db.MateriVersions.Count(v => v.MateriId == id)));
    }

    [Fact]
    public async Task SaveDraft_StaleBaseVersion_ConflictAndNothingOverwritten()
    {
        var id = await ItemInPenyusunanAsync("Dua penyunting");
        var staf = await app.SignInAsync("staf");
        var first = await staf.GetAsync($"/admin/materi/{id}/sunting");
        var second = await staf.GetAsync($"/admin/materi/{id}/sunting");
        var saved = await staf.SubmitFormAsync(first, "form[enctype]", Sop.Draft("Versi dari tab pertama"), []);
        Assert.True(saved.Errors().Length == 0, saved.Errors());

        var stale = await staf.SubmitFormAsync(second, "form[enctype]", Sop.Draft("Versi dari tab kedua"), []);

        Assert.Contains("Draf sudah diubah orang lain", stale.Errors(), StringComparison.Ordinal);
        var titles = app.Factory.WithDb(db => db.MateriVersions.Where(v => v.MateriId == id).Select(v => v.Title).ToList());
        Assert.Equal(["Versi dari tab pertama"], titles);
    }

    [Fact]
    public async Task Transition_ByWrongUser_RefusedWithReasonAndNothingChanges()
    {
        var ppid = await app.SignInAsync("ppid");
        var id = await Sop.CreateDisposisiAsync(ppid, "Publikasi pelantikan perangkat desa");
        var sekretaris = await app.SignInAsync("sekretaris");
        var historyBefore = app.Factory.WithDb(db => db.History.Count(h => h.MateriId == id));

        // The Sekretaris sees the item but no "teruskan" form; posting it anyway (a crafted request) is refused.
        Assert.Null((await sekretaris.GetAsync($"/admin/materi/{id}")).Document.QuerySelector("form[data-aksi='teruskan']"));
        var page = await sekretaris.PostCraftedAsync($"/admin/materi/{id}", $"/admin/materi/{id}?handler=Transisi", new() { ["Input.Aksi"] = "teruskan" });

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Contains("hanya untuk peran Pencatat/Agendaris", page.Text(), StringComparison.Ordinal);
        Assert.Equal(WorkflowState.DisposisiDiberikan, app.Factory.WithDb(db => db.Materi.Single(m => m.Id == id).State));
        Assert.Equal(historyBefore, app.Factory.WithDb(db => db.History.Count(h => h.MateriId == id)));
    }

    [Fact]
    public async Task SendBack_WithoutReason_RefusedBesideTheReasonField()
    {
        var id = await ItemInVerificationAsync("Kembalikan tanpa alasan");
        var verifikator = await app.SignInAsync("verifikator");

        var page = await Sop.ActAsync(verifikator, id, "kembalikan", new() { ["Input.Catatan"] = "   " });

        var form = page.Document.QuerySelector("form[data-aksi='kembalikan']");
        Assert.Contains("Alasan pengembalian wajib diisi.", form?.TextContent, StringComparison.Ordinal);
        Assert.Equal(WorkflowState.Verifikasi, app.Factory.WithDb(db => db.Materi.Single(m => m.Id == id).State));
    }

    [Fact]
    public async Task Approve_WithoutClassification_RefusedAndNotPublished()
    {
        var id = await ItemInVerificationAsync("Setujui tanpa klasifikasi");
        var verifikator = await app.SignInAsync("verifikator");

        var page = await Sop.ActAsync(verifikator, id, "setujui");

        Assert.Contains("Pilih klasifikasi informasi", page.Document.QuerySelector("form[data-aksi='setujui']")?.TextContent, StringComparison.Ordinal);
        Assert.Null(app.Factory.WithDb(db => db.Materi.Single(m => m.Id == id).PublishedVersionId));
        Assert.Equal(0, app.Factory.WithDb(db => db.Outbox.Count(o => o.MateriId == id)));
    }

    [Fact]
    public async Task Exempt_WithConsequenceTest_NeverReachesThePublicOrTheOutbox()
    {
        var id = await ItemInVerificationAsync("Data pribadi penerima bantuan");
        var verifikator = await app.SignInAsync("verifikator");

        await Sop.ActOkAsync(verifikator, id, "kecualikan", new()
        {
            ["Input.UjiDokumen"] = "Daftar penerima bantuan",
            ["Input.UjiInformasiDikecualikan"] = "NIK dan alamat penerima",
            ["Input.UjiDasarHukum"] = "UU 14/2008 Pasal 17 huruf h",
            ["Input.UjiPertimbangan"] = "Membuka data pribadi merugikan penerima lebih besar dari manfaatnya",
            ["Input.UjiJangkaWaktu"] = "Selama data berlaku",
        });

        var materi = app.Factory.WithDb(db => db.Materi.AsNoTracking().Single(m => m.Id == id));
        Assert.Equal(WorkflowState.Dikecualikan, materi.State);
        Assert.Equal("NIK dan alamat penerima", materi.UjiKonsekuensi?.InformasiDikecualikan);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/berita/{materi.Slug}")).Status);
        Assert.Equal(0, app.Factory.WithDb(db => db.Outbox.Count(o => o.MateriId == id)));
    }

    private string[] FilesOnDisk() =>
        Directory.Exists(app.Factory.MediaPath) ? [.. Directory.EnumerateFiles(app.Factory.MediaPath, "*", SearchOption.AllDirectories).Order()] : [];

    private Task<Guid> ItemInPenyusunanAsync(string perihal) => SopShortcuts.ToPenyusunanAsync(app.Factory, perihal);

    private async Task<Guid> ItemInVerificationAsync(string perihal)
    {
        var id = await ItemInPenyusunanAsync(perihal);
        var staf = await app.SignInAsync("staf");
        var saved = await Sop.SaveDraftAsync(staf, id, Sop.Draft(perihal + " di kecamatan"));
        Assert.True(saved.Errors().Length == 0, saved.Errors());
        await Sop.ActOkAsync(staf, id, "serahkan");
        await Sop.ActOkAsync(await app.SignInAsync("sekretaris"), id, "ajukan-verifikasi");
        return id;
    }
}
