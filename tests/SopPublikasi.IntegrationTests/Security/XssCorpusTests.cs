using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.IntegrationTests.Security;

/// <summary>
/// The attack corpus: each payload goes into every text field of the disposisi, the draft, the transition notes and
/// the DIP fields, is carried through the whole SOP to publication, and must come back inert everywhere it is
/// shown: the article, the lists, the search results, the feeds, the DIP page, the API and the admin pages.
/// </summary>
public sealed class XssCorpusTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static readonly TheoryData<int, string> Payloads = new()
    {
        { 1, "<script>alert(1)</script>" },
        { 2, "<img src=x onerror=alert(1)>" },
        { 3, "<a href=\"javascript:alert(1)\">klik</a>" },
        { 4, "<svg onload=alert(1)><circle r=1 /></svg>" },
        { 5, "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>" },
        { 6, "\"><script>alert(1)</script><b x=\"" },
        { 7, "&lt;script&gt;alert(1)&lt;/script&gt;" },
        { 8, "<a href=\"jav&#x61;script:alert(1)\">entitas</a>" },
        { 9, "<iframe src=\"javascript:alert(1)\"></iframe>" },
        { 10, "<div style=\"background:url(javascript:alert(1))\" onmouseover=\"alert(1)\">gaya</div>" },
        { 11, "javascript:alert(1)" },
        { 12, "<math><mtext><a xlink:href=\"javascript:alert(1)\">m</a></mtext></math>" },
        { 13, "%3Cscript%3Ealert(1)%3C%2Fscript%3E" },
        { 14, "</script><script>alert(1)</script>" },
        { 15, "<body onload=alert(1)><details open ontoggle=alert(1)>" },
        { 16, "<object data=\"data:text/html,<script>alert(1)</script>\"></object>" },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Payload_InEveryTextField_ThroughPublication_ComesBackInert(int n, string payload)
    {
        var word = $"xssuji{n}";
        var flow = new ApiFlow(app.Factory);
        var scan = await flow.UploadAsync("ppid", Sop.Pdf(), Fit(payload, 150) + ".pdf");
        var id = await flow.CreateAsync(new
        {
            nomorAgenda = Fit($"{n}/{payload}", 50),
            tanggalDiterima = "2026-11-23",
            asalSurat = Fit("Asal " + payload, 200),
            nomorSurat = Fit("No " + payload, 100),
            perihal = $"Perihal {word} {payload}",
            instruksi = new[] { "Untuk dipublikasikan" },
            catatan = "Catatan " + payload,
            diteruskanKepada = Fit("Kepada " + payload, 200),
            nomorSuratMasuk = Fit(payload, 50),
            nomorNaskahSrikandi = Fit(payload, 100),
            pindaianId = scan,
        });
        await flow.MoveAsync("agendaris", id, new { aksi = "teruskan", catatan = "Teruskan " + payload });
        await flow.MoveAsync("sekretaris", id, new { aksi = "terima", catatan = "Terima " + payload });
        await flow.MoveAsync("sekretaris", id, new { aksi = "tugaskan", petugasId = flow.UserId("staf"), catatan = "Tugas " + payload });
        var cover = await flow.UploadAsync("staf", Sop.Png(), Fit(payload, 150) + ".png");
        var draft = ApiFlow.Draft(
            Fit($"Judul {word} {payload}", 200),
            ringkasan: $"Ringkasan {word} {payload}",
            // A body photo without alt text is refused before sanitizing, so image payloads get one: their handlers
            // and URLs are still what is tested.
            isi: $"<p>Isi {word}</p>{WithAlt(payload)}<p>{WithAlt(payload)}</p>",
            tag: [Fit(payload, 40), word],
            lokasi: Fit("Tempat " + payload, 200),
            cover: cover,
            coverAlt: "Foto " + payload);
        var saved = await flow.PutDraftAsync("staf", id, draft, 0);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        await flow.MoveAsync("staf", id, new { aksi = "serahkan", catatan = "Serahkan " + payload });
        await flow.MoveAsync("sekretaris", id, new { aksi = "ajukan-verifikasi", catatan = "Ajukan " + payload });
        await flow.MoveAsync("verifikator", id, new
        {
            aksi = "setujui",
            klasifikasi = "berkala",
            catatan = "Setuju " + payload,
            dipUnitPenguasa = Fit("Unit " + payload, 200),
            dipPenanggungJawab = Fit("PJ " + payload, 200),
            dipTempatPembuatan = Fit("Tempat " + payload, 200),
            dipBentuk = Fit(payload, 100),
            dipRetensi = Fit(payload, 100),
        });
        var slug = app.Factory.WithDb(db => db.Materi.Single(m => m.Id == id).Slug);
        var visitor = app.Anonymous();

        var article = await visitor.GetAsync($"/berita/{slug}");
        Assert.Equal(HttpStatusCode.OK, article.Status);
        Assert.Contains(Fit($"Judul {word} {payload}", 200), article.Document.QuerySelector("h1")?.TextContent, StringComparison.Ordinal); // carried as text
        AssertInert($"/berita/{slug}", article.Html);
        foreach (var url in new[] { "/", "/berita", "/kategori/berita-kegiatan", $"/cari?q={word}", "/ppid" })
        {
            var page = await visitor.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            AssertInert(url, page.Html);
        }

        Assert.Contains(word, (await visitor.GetAsync($"/cari?q={word}")).Text(), StringComparison.Ordinal);
        foreach (var feed in new[] { "/rss.xml", "/atom.xml" })
        {
            AssertFeedInert(feed, await visitor.Http.GetStringAsync(new Uri(feed, UriKind.Relative)));
        }

        var api = await visitor.Http.GetStringAsync(new Uri($"/api/v1/berita/{slug}", UriKind.Relative));
        AssertInert("api isi", JsonDocument.Parse(api).RootElement.GetProperty("isi").GetString()!);

        foreach (var (user, url) in new[] { ("sekretaris", $"/admin/materi/{id}"), ("sekretaris", $"/admin/materi/{id}/cetak"), ("ppid", "/admin"), ("verifikator", $"/admin/materi/{id}") })
        {
            var page = await (await app.SignInAsync(user)).GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            AssertInert(url, page.Html);
        }
    }

    /// <summary>No script that could run, no event handler, no javascript:/data:text URL, no frame or plug-in.</summary>
    private static void AssertInert(string where, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var found = new List<string>();
        foreach (var element in document.All)
        {
            if (element.LocalName == "script" && element.GetAttribute("type") != "application/ld+json" && !IsOwnScript(element))
            {
                found.Add(element.OuterHtml);
            }

            if (element.LocalName is "iframe" or "object" or "embed" or "frame" or "base")
            {
                found.Add(element.OuterHtml);
            }

            foreach (var attribute in element.Attributes)
            {
                var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || value.StartsWith("javascript:", StringComparison.Ordinal)
                    || value.StartsWith("vbscript:", StringComparison.Ordinal)
                    || (value.StartsWith("data:", StringComparison.Ordinal) && !value.StartsWith("data:image/", StringComparison.Ordinal))
                    || (attribute.Name == "style" && value.Contains("javascript", StringComparison.Ordinal)))
                {
                    found.Add($"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
            }
        }

        Assert.True(found.Count == 0, $"{where}: active content found:\n" + string.Join("\n", found));
    }

    private static bool IsOwnScript(IElement script) =>
        script.GetAttribute("src") is { } src && (src.StartsWith("/_content/", StringComparison.Ordinal) || src.StartsWith("/js/", StringComparison.Ordinal));

    /// <summary>
    /// Feed readers render RSS descriptions and Atom html/xhtml content as HTML: it must be as inert as a page.
    /// Atom text constructs (type="text", the default) are shown as text and cannot carry markup.
    /// </summary>
    private static void AssertFeedInert(string feed, string xml)
    {
        var document = XDocument.Parse(xml);
        var html = document.Descendants().Where(e =>
            e.Name.LocalName is "description" or "encoded"
            || (e.Name.LocalName is "content" or "summary" or "title" && (string?)e.Attribute("type") is "html" or "xhtml"));
        foreach (var element in html)
        {
            AssertInert(feed, element.Value);
        }
    }

    private static string Fit(string text, int max) => text.Length <= max ? text : text[..max];

    private static string WithAlt(string payload) => payload.Replace("<img ", "<img alt=\"foto\" ", StringComparison.OrdinalIgnoreCase);
}
