using System.Text.RegularExpressions;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Editorial;

/// <summary>
/// Issue 20: messages showed internal names ("tahap DiterimaSekretaris", "Berhasil: kembalikan-ke-staf"). One item
/// is carried through the SOP in the admin with two send-back rounds, and every page each person sees on the way
/// (the item with its message, the dashboard, the notifications, the print view, a refusal) is read as a person
/// reads it: its visible text must hold no state code, action code or enum name.
/// </summary>
public sealed partial class LabelsNotCodesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private SopAppFactory App => app.Factory;

    /// <summary>
    /// The codes that are not words of a label: every WorkflowState, Urgency and KategoriInformasi name in two
    /// words run together, every action code with a hyphen, and any action code right after "Berhasil:", "Aksi" or
    /// "tahap".
    /// </summary>
    private static readonly string[] Codes =
    [
        .. Enum.GetNames<WorkflowState>().Concat(Enum.GetNames<Urgency>()).Concat(Enum.GetNames<KategoriInformasi>()).Where(n => CamelCase().IsMatch(n)),
        .. SopWorkflowSeed.Transitions("Pencatat/Agendaris").Select(t => t.Action).Where(a => a.Contains('-', StringComparison.Ordinal)),
    ];

    private static readonly Regex CodeAfterWord = new(
        $@"(Berhasil:|Aksi ""|tahap)\s*({string.Join('|', SopWorkflowSeed.Transitions("Pencatat/Agendaris").Select(t => Regex.Escape(t.Action)).Concat(Enum.GetNames<WorkflowState>()))})\b",
        RegexOptions.None,
        TimeSpan.FromSeconds(1));

    [Fact]
    public async Task WholeFlowWithSendBacks_NoPageShowsAnInternalName()
    {
        Assert.Contains("DiterimaSekretaris", Codes);
        Assert.Contains("kembalikan-ke-staf", Codes);
        Assert.Contains("SertaMerta", Codes);
        var seen = new List<string>();
        void Check(Page page, string where)
        {
            var text = Visible(page);
            seen.Add(where);
            var found = Codes.Where(c => Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(c)}(?![\w-])", RegexOptions.None, TimeSpan.FromSeconds(1))).ToList();
            if (CodeAfterWord.Match(text) is { Success: true } m)
            {
                found.Add(m.Value);
            }

            Assert.True(found.Count == 0, $"{where} ({page.Url}) shows internal names: {string.Join(", ", found)}\n{text[..Math.Min(3000, text.Length)]}");
        }

        async Task Walk(Browser who, string name, Guid id)
        {
            Check(await who.GetAsync($"/admin/materi/{id}"), $"{name}: item");
            Check(await who.GetAsync("/admin"), $"{name}: dasbor");
            Check(await who.GetAsync("/admin/notifikasi"), $"{name}: notifikasi");
        }

        var ppid = await Browser.SignInAsync(App, "ppid");
        var agendaris = await Browser.SignInAsync(App, "agendaris");
        var sekretaris = await Browser.SignInAsync(App, "sekretaris");
        var staf = await Browser.SignInAsync(App, "staf");
        var verifikator = await Browser.SignInAsync(App, "verifikator");
        var fields = Sop.Disposisi("Label Bukan Kode " + Guid.NewGuid().ToString("N")[..8]);
        fields["Input.Urgency"] = "SangatSegera";
        var created = await ppid.SubmitAsync("/admin/disposisi/baru", "form[enctype]", fields);
        Check(created, "ppid: disposisi diberikan");
        var id = Guid.Parse(created.Url["/admin/materi/".Length..]);

        // A move the item's state does not allow, sent by hand: the refusal names the action and the state by label.
        var refused = await agendaris.PostCraftedAsync($"/admin/materi/{id}", $"/admin/materi/{id}?handler=Transisi", new() { ["Input.Aksi"] = "ajukan-verifikasi" });
        Check(refused, "agendaris: aksi ditolak");
        Assert.Contains("Serahkan untuk diverifikasi", Visible(refused), StringComparison.Ordinal);
        Assert.Contains("Disposisi diberikan", Visible(refused), StringComparison.Ordinal);

        await Walk(agendaris, "agendaris", id);
        Check(await Sop.ActOkAsync(agendaris, id, "teruskan"), "agendaris: teruskan");
        await Walk(sekretaris, "sekretaris", id);
        Check(await Sop.ActOkAsync(sekretaris, id, "terima"), "sekretaris: terima");
        var staffId = App.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        Check(await Sop.ActOkAsync(sekretaris, id, "tugaskan", new() { ["Input.PetugasId"] = staffId }), "sekretaris: tugaskan");
        for (var round = 1; round <= 2; round++)
        {
            await Walk(staf, "staf", id);
            var saved = await Sop.SaveDraftAsync(staf, id, Sop.Draft($"Label bukan kode, putaran {round}"));
            Assert.True(saved.Errors().Length == 0, saved.Errors());
            Check(saved, "staf: draf disimpan");
            Check(await Sop.ActOkAsync(staf, id, "serahkan"), "staf: serahkan");
            await Walk(sekretaris, "sekretaris", id);
            if (round == 1)
            {
                var back = await Sop.ActOkAsync(sekretaris, id, "kembalikan-ke-staf", new() { ["Input.Catatan"] = "Lengkapi jumlah peserta." });
                Check(back, "sekretaris: kembalikan ke staf");
                Assert.Contains("Kembalikan ke Staf untuk diperbaiki", back.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
            }
        }

        Check(await Sop.ActOkAsync(sekretaris, id, "ajukan-verifikasi"), "sekretaris: ajukan verifikasi");
        await Walk(verifikator, "verifikator", id);
        Check(await Sop.ActOkAsync(verifikator, id, "kembalikan", new() { ["Input.Catatan"] = "Sebutkan tempatnya." }), "verifikator: kembalikan");
        await Walk(sekretaris, "sekretaris", id);
        Check(await Sop.ActOkAsync(sekretaris, id, "ajukan-verifikasi"), "sekretaris: ajukan lagi");
        Check(await Sop.ActOkAsync(verifikator, id, "setujui", new() { ["Input.Klasifikasi"] = "berkala" }), "verifikator: setujui");
        foreach (var (who, name) in new[] { (ppid, "ppid"), (agendaris, "agendaris"), (sekretaris, "sekretaris"), (staf, "staf"), (verifikator, "verifikator") })
        {
            await Walk(who, name, id);
        }

        Check(await sekretaris.GetAsync($"/admin/materi/{id}/cetak"), "sekretaris: cetak");
        Check(await sekretaris.GetAsync($"/admin/materi/{id}/cetak?ukuran=a4"), "sekretaris: cetak A4");
        Assert.True(seen.Count > 40, $"{seen.Count} pages read");
    }

    [Fact]
    public async Task ApiRefusal_NamesActionAndStateByLabel()
    {
        var id = await Sop.CreateDisposisiAsync(await Browser.SignInAsync(App, "ppid"), "Label API " + Guid.NewGuid().ToString("N")[..8]);
        var sekretaris = await Api.ClientForAsync(App, "sekretaris");
        var problem = await (await sekretaris.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "kembalikan-ke-staf", catatan = "x" })).ProblemAsync(409);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("Kembalikan ke Staf untuk diperbaiki", detail, StringComparison.Ordinal);
        Assert.Contains("Disposisi diberikan", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("DisposisiDiberikan", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("kembalikan-ke-staf", detail, StringComparison.Ordinal);
    }

    /// <summary>What a person reads: the body's text without scripts, styles and attributes (form values are not read).</summary>
    private static string Visible(Page page)
    {
        var body = page.Document.Body;
        if (body is null)
        {
            return string.Empty;
        }

        foreach (var hidden in body.QuerySelectorAll("script, style, template").ToList())
        {
            hidden.Remove();
        }

        return Regex.Replace(body.TextContent, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex("^[A-Z][a-z]+[A-Z]")]
    private static partial Regex CamelCase();
}
