using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.IntegrationTests.Editorial;

/// <summary>
/// Issue 20, after approval, corrections: a revision of a published article carries a "Ralat" note that, once the
/// revision is live, the article page, the API, the JSON-LD and the feeds show with its date; earlier notes stay,
/// newest first. The note is refused on a first publication and when too long, and a preview shows it as pending.
/// </summary>
public sealed class RalatTests(AppFixture app) : IClassFixture<AppFixture>
{
    private SopAppFactory F => app.Factory;

    [Fact]
    public async Task RevisionWithRalat_Approved_ShownWithDateOnPageApiJsonLdAndFeeds_LaterNotesListedNewestFirst()
    {
        var id = await Publish.ApproveAsync(F, "Jadwal Vaksinasi Ternak di Kecamatan");
        var slug = F.WithDb(db => db.Materi.Single(m => m.Id == id).Slug);
        const string first = "Versi sebelumnya menyebut vaksinasi pada hari Selasa; yang benar hari Rabu.";
        const string second = "Lokasi vaksinasi dipindah dari balai desa ke lapangan kecamatan.";

        await ReviseAsync(id, baseVersion: 1, "Vaksinasi ternak dilaksanakan hari Rabu.", first);

        var page = await app.Anonymous().GetAsync($"/berita/{slug}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var ralat = F.WithDb(db => db.MateriRalat.Where(r => r.MateriId == id).ToList());
        var one = Assert.Single(ralat);
        Assert.Equal(2, one.VersionNumber);
        var item = Assert.Single(page.Document.QuerySelectorAll("aside[data-testid=ralat] li"));
        Assert.Equal($"Ralat, {IndonesianTime.Date(one.PublishedAt)}: {first}", Normal(item.TextContent));
        Assert.Equal("Ralat", page.Document.QuerySelector("aside[data-testid=ralat] h2")?.TextContent);
        var live = F.WithDb(db => db.Materi.Single(m => m.Id == id));
        Assert.Equal(live.LastPublishedAt, one.PublishedAt); // the date the revision went live
        Assert.Null(live.LatestCorrectionNote);

        var jsonLd = JsonDocument.Parse(page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal(IndonesianTime.ToWib(live.LastPublishedAt!.Value), jsonLd.GetProperty("dateModified").GetDateTimeOffset());
        var correction = Assert.Single(jsonLd.GetProperty("correction").EnumerateArray().ToList());
        Assert.Equal("CorrectionComment", correction.GetProperty("@type").GetString());
        Assert.Equal(first, correction.GetProperty("text").GetString());

        var api = await Api.Anonymous(F).GetFromJsonAsync<JsonElement>($"/api/v1/berita/{slug}");
        var apiRalat = Assert.Single(api.GetProperty("ralat").EnumerateArray().ToList());
        Assert.Equal(first, apiRalat.GetProperty("catatan").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+07:00$", apiRalat.GetProperty("tanggal").GetString()!);
        Assert.Equal(one.PublishedAt, apiRalat.GetProperty("tanggal").GetDateTimeOffset());
        Assert.EndsWith("+07:00", api.GetProperty("diperbarui").GetString(), StringComparison.Ordinal);
        Assert.Equal(live.LastPublishedAt, api.GetProperty("diperbarui").GetDateTimeOffset());
        Assert.True(api.GetProperty("diperbarui").GetDateTimeOffset() > api.GetProperty("terbit").GetDateTimeOffset());
        var list = await Api.Anonymous(F).GetFromJsonAsync<JsonElement>("/api/v1/berita?pageSize=50");
        var listed = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == slug);
        Assert.Equal(live.LastPublishedAt, listed.GetProperty("diperbarui").GetDateTimeOffset());

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var rss = XDocument.Parse(await Api.Anonymous(F).GetStringAsync(new Uri("/rss.xml", UriKind.Relative)));
        var rssItem = rss.Descendants("item").Single(i => i.Element("link")!.Value.EndsWith("/berita/" + slug, StringComparison.Ordinal));
        // The feeds write whole seconds (RSS: the Atom extension element a10:updated).
        var updated = ToSecond(live.LastPublishedAt!.Value);
        Assert.Equal(updated, DateTimeOffset.Parse(rssItem.Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        var feed = XDocument.Parse(await Api.Anonymous(F).GetStringAsync(new Uri("/atom.xml", UriKind.Relative)));
        var entry = feed.Descendants(atom + "entry").Single(e => e.Elements(atom + "link").Any(l => ((string?)l.Attribute("href"))?.EndsWith("/berita/" + slug, StringComparison.Ordinal) == true));
        Assert.Equal(updated, DateTimeOffset.Parse(entry.Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture));

        // A second revision with another note: both are listed, newest first.
        await ReviseAsync(id, baseVersion: 2, "Vaksinasi ternak hari Rabu di lapangan kecamatan.", second);
        var both = await app.Anonymous().GetAsync($"/berita/{slug}");
        var notes = both.Document.QuerySelectorAll("aside[data-testid=ralat] li .ralat-teks").Select(e => e.TextContent).ToList();
        Assert.Equal([second, first], notes);
        var apiBoth = await Api.Anonymous(F).GetFromJsonAsync<JsonElement>($"/api/v1/berita/{slug}");
        Assert.Equal([second, first], apiBoth.GetProperty("ralat").EnumerateArray().Select(r => r.GetProperty("catatan").GetString()).ToList());

        // A revision without a note adds none.
        await ReviseAsync(id, baseVersion: 3, "Vaksinasi ternak hari Rabu pukul 08.00 di lapangan kecamatan.", null);
        Assert.Equal(2, F.WithDb(db => db.MateriRalat.Count(r => r.MateriId == id)));
        var after = await app.Anonymous().GetAsync($"/berita/{slug}");
        Assert.Contains("pukul 08.00", after.Text(), StringComparison.Ordinal);
        Assert.Equal(2, after.Document.QuerySelectorAll("aside[data-testid=ralat] li").Length);
    }

    [Fact]
    public async Task RalatOnFirstPublication_Refused422WithTheField_AndTheEditorDoesNotOfferIt()
    {
        var id = await Publish.ToVerificationAsync(F, "Pelatihan Kader Posyandu Tingkat Kecamatan");
        await Publish.MoveAsync(await Api.ClientForAsync(F, "verifikator"), id, new { aksi = "kembalikan", catatan = "Lengkapi jumlah peserta." }, F);

        var sekretaris = await Api.ClientForAsync(F, "sekretaris");
        var refused = await PutDraftAsync(sekretaris, id, 1, "Pelatihan kader diikuti 40 peserta.", "Jumlah peserta diralat.");
        var problem = await refused.ProblemAsync(422);
        Assert.Contains("sudah terbit", problem.GetProperty("errors").GetProperty("catatanRalat")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(1, F.WithDb(db => db.Materi.Single(m => m.Id == id).LatestVersion)); // nothing saved

        var form = await (await app.SignInAsync("sekretaris")).GetAsync($"/admin/materi/{id}/sunting");
        Assert.Null(form.Document.QuerySelector("[name='Input.CatatanRalat']"));
    }

    [Fact]
    public async Task RalatTooLong_RefusedBesideTheFieldAnd422_PreviewAndItemPageShowItPending()
    {
        var id = await Publish.ApproveAsync(F, "Penyaluran Bantuan Pangan Tahap Dua");
        var slug = F.WithDb(db => db.Materi.Single(m => m.Id == id).Slug);
        await Publish.MoveAsync(await Api.ClientForAsync(F, "sekretaris"), id, new { aksi = "revisi", catatan = "Perbaiki jumlah penerima" }, F);
        var staf = await app.SignInAsync("staf");

        var tooLong = new string('a', MateriRalat.MaxLength + 1);
        var fields = Sop.Draft("Penyaluran Bantuan Pangan Tahap Dua");
        fields["Input.CatatanRalat"] = tooLong;
        var refusedForm = await Sop.SaveDraftAsync(staf, id, fields);
        Assert.Contains("paling panjang 1.000 karakter", refusedForm.Document.QuerySelector("[data-valmsg-for='Input.CatatanRalat']")?.TextContent, StringComparison.Ordinal);
        var refusedApi = await PutDraftAsync(await Api.ClientForAsync(F, "staf"), id, 1, "Isi berita.", tooLong);
        Assert.True((await refusedApi.ProblemAsync(422)).GetProperty("errors").TryGetProperty("catatanRalat", out _));
        Assert.Equal(1, F.WithDb(db => db.Materi.Single(m => m.Id == id).LatestVersion));

        const string note = "Jumlah penerima bantuan 312 keluarga, bukan 213.";
        fields["Input.CatatanRalat"] = note;
        var saved = await Sop.SaveDraftAsync(staf, id, fields);
        Assert.True(saved.Errors().Length == 0, saved.Errors());
        var form = await staf.GetAsync($"/admin/materi/{id}/sunting");
        Assert.Equal(note, form.Document.QuerySelector("textarea[name='Input.CatatanRalat']")?.TextContent.Trim());
        await Sop.ActOkAsync(staf, id, "serahkan");

        var sekretaris = await app.SignInAsync("sekretaris");
        Assert.Contains(note, (await sekretaris.GetAsync($"/admin/materi/{id}")).Document.QuerySelector("[data-testid=ralat-tertunda]")?.TextContent, StringComparison.Ordinal);
        var preview = await sekretaris.GetAsync($"/admin/materi/{id}/pratinjau");
        var pending = preview.Document.QuerySelector("aside[data-testid=ralat] [data-testid=ralat-tertunda]");
        Assert.Contains("akan tampil sebagai ralat", pending?.TextContent, StringComparison.Ordinal);
        Assert.Contains(note, pending?.TextContent, StringComparison.Ordinal);

        // Until it goes live the public article has no correction.
        var live = await app.Anonymous().GetAsync($"/berita/{slug}");
        Assert.Null(live.Document.QuerySelector("aside[data-testid=ralat]"));
        Assert.Equal(0, F.WithDb(db => db.MateriRalat.Count(r => r.MateriId == id)));
    }

    private Task ReviseAsync(Guid id, int baseVersion, string isi, string? note) => ReviseAsync(F, id, baseVersion, isi, note);

    private static async Task ReviseAsync(SopAppFactory f, Guid id, int baseVersion, string isi, string? note)
    {
        var sekretaris = await Api.ClientForAsync(f, "sekretaris");
        var staf = await Api.ClientForAsync(f, "staf");
        await Publish.MoveAsync(sekretaris, id, new { aksi = "revisi", catatan = "Perbaiki isi" }, f);
        var saved = await PutDraftAsync(staf, id, baseVersion, isi, note);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        await Publish.MoveAsync(staf, id, new { aksi = "serahkan" }, f);
        await Publish.MoveAsync(sekretaris, id, new { aksi = "ajukan-verifikasi" }, f);
        await Publish.MoveAsync(await Api.ClientForAsync(f, "verifikator"), id, new { aksi = "setujui", klasifikasi = "berkala" }, f);
    }

    [Fact]
    public async Task WebhookDiterbitkan_ARevisionCarriesItsRalat_TheFirstPublicationNone()
    {
        await using var receiver = new WebhookReceiver(); // never started: the rows wait, their payloads are what is checked
        using var f = new SopAppFactory();
        await f.SeedUsersAsync();
        var admin = await Browser.SignInAsync(f, "admin");
        await admin.SubmitAsync("/admin/webhook", "form[action*='handler=Buat']",
            new() { ["Input.Url"] = receiver.Url, ["Input.Peristiwa"] = new[] { WebhookEvents.Diterbitkan } });
        var id = await Publish.ApproveAsync(f, "Perubahan Jam Layanan Kantor Kecamatan");
        const string note = "Jam layanan hari Jumat sampai pukul 11.00, bukan 12.00.";

        await ReviseAsync(f, id, baseVersion: 1, "Jam layanan hari Jumat pukul 07.30-11.00.", note);

        var payloads = f.WithDb(db => db.WebhookDeliveries.Where(d => d.Event == WebhookEvents.Diterbitkan).OrderBy(d => d.CreatedAt).Select(d => d.Payload).ToList())
            .Select(p => JsonDocument.Parse(p).RootElement.GetProperty("data")).ToList();
        Assert.Equal(2, payloads.Count);
        Assert.True(payloads[0].GetProperty("pertamaKali").GetBoolean());
        Assert.Equal(JsonValueKind.Null, payloads[0].GetProperty("ralat").ValueKind);
        var revision = payloads[1];
        Assert.False(revision.GetProperty("pertamaKali").GetBoolean());
        Assert.Equal(2, revision.GetProperty("versi").GetInt32());
        var stored = f.WithDb(db => db.MateriRalat.Single(r => r.MateriId == id));
        Assert.Equal(note, revision.GetProperty("ralat").GetProperty("catatan").GetString());
        // The payload is written from the move in memory; the database keeps the instant to the millisecond.
        Assert.Equal(stored.PublishedAt, revision.GetProperty("ralat").GetProperty("tanggal").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.EndsWith("+07:00", revision.GetProperty("diperbarui").GetString(), StringComparison.Ordinal);
        Assert.Equal(f.WithDb(db => db.Materi.Single(m => m.Id == id).LastPublishedAt!.Value), revision.GetProperty("diperbarui").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
    }

    private static async Task<HttpResponseMessage> PutDraftAsync(HttpClient client, Guid id, int baseVersion, string isi, string? note)
    {
        using var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { judul = "Judul berita yang direvisi", ringkasan = "Ringkasan revisi.", isi = "<p>" + isi + "</p>", kategoriId = 1, catatanRalat = note }),
        };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{baseVersion}\""));
        return await client.SendAsync(put);
    }

    private static DateTimeOffset ToSecond(DateTimeOffset value) => new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static string Normal(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}
