using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Halaman;
using SopPublikasi.Module.Materi;
using SopPublikasi.Tests.Shared;

namespace SopPublikasi.IntegrationTests.Abuse;

/// <summary>
/// Issue 21, finding 3: the sanitizer's work is bounded. A body nested deeper than Html:MaxNestingDepth is refused
/// before it is parsed (deep nesting is what made 198 KB of &lt;b&gt; cost 49 s of one core), beside the field in
/// the admin editor and the Halaman editor and as problem+json on the API; what was submitted stays in the form and
/// nothing is saved. Not timed: the refusal itself is asserted.
/// </summary>
public class SanitizerWorkAbuseTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>10,000 unclosed &lt;b&gt; in one paragraph: 30 KB, far under the 200,000-character cap of the field.</summary>
    private static readonly string DeepBody = "<p>" + string.Concat(Enumerable.Repeat("<b>", 10_000)) + "Pengumuman</p>";

    [Fact]
    public async Task DraftBody_DeeplyNested_RefusedBesideTheFieldKeptInTheFormAndNothingSaved()
    {
        var id = await ItemInPenyusunanAsync("Isi bersarang dalam");
        var staf = await app.SignInAsync("staf");

        var page = await Sop.SaveDraftAsync(staf, id, Sop.Draft("Isi yang bersarang terlalu dalam", DeepBody));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("bersarang terlalu dalam", page.Document.QuerySelector("[data-valmsg-for='Input.Isi']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(DeepBody, page.Document.QuerySelector("textarea[name='Input.Isi']")?.TextContent);
        Assert.Equal(0, app.Factory.WithDb(db => db.MateriVersions.Count(v => v.MateriId == id)));
    }

    [Fact]
    public async Task DraftBody_DeeplyNested_Api400ProblemWithIsi()
    {
        var id = await ItemInPenyusunanAsync("Isi bersarang lewat API");
        var staf = await Api.ClientForAsync(app.Factory, "staf");

        using var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { judul = "Isi yang bersarang terlalu dalam", ringkasan = "Ringkasan.", isi = DeepBody, kategoriId = 1 }),
        };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));
        var problem = await (await staf.SendAsync(put)).ProblemAsync(400);

        Assert.Contains("bersarang terlalu dalam", problem.GetProperty("errors").GetProperty("isi")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, app.Factory.WithDb(db => db.MateriVersions.Count(v => v.MateriId == id)));
    }

    [Fact]
    public async Task HalamanBody_DeeplyNested_RefusedBesideTheFieldAndThePageUnchanged()
    {
        var admin = await app.SignInAsync("admin");
        var before = app.Factory.WithDb(db => db.Halaman.Single(h => h.Slug == "sejarah").Isi);

        var page = await admin.SubmitAsync("/admin/halaman/sejarah", "form.card", new() { ["Input.Judul"] = "Sejarah", ["Input.Isi"] = DeepBody });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("bersarang terlalu dalam", page.Document.QuerySelector("[data-valmsg-for='Input.Isi']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(DeepBody, page.Document.QuerySelector("textarea[name='Input.Isi']")?.TextContent);
        Assert.Equal(before, app.Factory.WithDb(db => db.Halaman.Single(h => h.Slug == "sejarah").Isi));
    }

    [Fact]
    public async Task DraftBody_LongRealArticle_Saved()
    {
        var id = await ItemInPenyusunanAsync("Artikel panjang");
        var staf = await app.SignInAsync("staf");
        var body = LongArticle.Html();
        Assert.InRange(body.Length, 60_000, 200_000);

        var page = await Sop.SaveDraftAsync(staf, id, Sop.Draft("Laporan tahunan kecamatan yang panjang", body));

        Assert.True(page.Errors().Length == 0, page.Errors());
        var saved = app.Factory.WithDb(db => db.MateriVersions.Single(v => v.MateriId == id).Body);
        Assert.Equal(40, saved.Split("<img", StringSplitOptions.None).Length - 1);
        Assert.Equal(10, saved.Split("<table", StringSplitOptions.None).Length - 1);
    }

    private Task<Guid> ItemInPenyusunanAsync(string perihal) => SopShortcuts.ToPenyusunanAsync(app.Factory, perihal);
}
