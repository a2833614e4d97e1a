using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Security;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;

namespace SopPublikasi.IntegrationTests;

/// <summary>
/// Issue 20, "Before approval" 4-6: the list of every item (admin and API, filters, paging, who sees what), an API
/// client that finds every input of a move from the API alone, and the media library (search, caption and credit,
/// reuse, who sees which photo, captions on the public article).
/// </summary>
public sealed class MateriListAndLibraryTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly HtmlParser Parser = new();

    private readonly ApiFlow _flow = new(app.Factory);

    private static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    [Fact]
    public async Task ApiWalk_AClientThatKnowsOnlyTheApi_AssignsAtStep4FromThePetugasList()
    {
        var id = await _flow.CreateAsync(ApiFlow.Disposisi(Unique("Jalan API ")));
        await _flow.MoveAsync("agendaris", id, new { aksi = "teruskan" });
        await _flow.MoveAsync("sekretaris", id, new { aksi = "terima" });
        var sekretaris = await _flow.ClientAsync("sekretaris");

        // The item names its moves with their inputs; the assignment's petugasId says where its values are.
        var item = await (await sekretaris.GetAsync(new Uri($"/api/v1/materi/{id}", UriKind.Relative))).JsonAsync();
        var assign = item.GetProperty("aksiTersedia").EnumerateArray().Single(a => a.GetProperty("masukan").EnumerateArray().Any(m => m.GetProperty("nama").GetString() == "petugasId"));
        var petugasInput = assign.GetProperty("masukan").EnumerateArray().Single(m => m.GetProperty("nama").GetString() == "petugasId");
        Assert.True(petugasInput.GetProperty("wajib").GetBoolean());
        var source = petugasInput.GetProperty("sumber").GetString()!.Replace("{id}", id.ToString(), StringComparison.Ordinal);

        var petugas = await (await sekretaris.GetAsync(new Uri(source, UriKind.Relative))).JsonAsync();
        var staf = petugas.EnumerateArray().Single(p => p.GetProperty("nama").GetString() == "Uji staf");
        Assert.Equal(2, petugas.EnumerateArray().Count()); // staf and staf2, nobody of another role

        var moved = await sekretaris.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = assign.GetProperty("aksi").GetString(), petugasId = staf.GetProperty("id").GetString() });
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        var after = await moved.JsonAsync();
        Assert.Equal("Penyusunan", after.GetProperty("tahap").GetString());
        Assert.Equal(_flow.UserId("staf"), app.Factory.WithDb(db => db.Materi.Single(m => m.Id == id).AssigneeId));

        // Nobody may assign now: the list is empty; someone who may not see the item gets 404.
        var none = await (await sekretaris.GetAsync(new Uri(source, UriKind.Relative))).JsonAsync();
        Assert.Equal(0, none.GetArrayLength());
        await (await (await _flow.ClientAsync("staf2")).GetAsync(new Uri(source, UriKind.Relative))).ProblemAsync(404);
    }

    [Fact]
    public async Task ApiActions_NameTheirInputs_ClassificationValuesAndSendBackReason()
    {
        var id = await _flow.ToVerifikasiAsync(ApiFlow.Disposisi(Unique("Masukan ")), ApiFlow.Draft("Masukan aksi"));
        var item = await (await (await _flow.ClientAsync("verifikator")).GetAsync(new Uri($"/api/v1/materi/{id}", UriKind.Relative))).JsonAsync();
        var actions = item.GetProperty("aksiTersedia").EnumerateArray().ToDictionary(a => a.GetProperty("aksi").GetString()!, a => a.GetProperty("masukan"));

        var klasifikasi = actions["setujui"].EnumerateArray().Single(m => m.GetProperty("nama").GetString() == "klasifikasi");
        Assert.True(klasifikasi.GetProperty("wajib").GetBoolean());
        Assert.Equal(["berkala", "serta-merta", "setiap-saat"], klasifikasi.GetProperty("pilihan").EnumerateArray().Select(v => v.GetString()));
        Assert.True(actions["kembalikan"].EnumerateArray().Single(m => m.GetProperty("nama").GetString() == "catatan").GetProperty("wajib").GetBoolean());
        var exempt = actions.Single(a => a.Value.EnumerateArray().Any(m => m.GetProperty("nama").GetString() == "ujiDasarHukum"));
        Assert.All(exempt.Value.EnumerateArray().Where(m => m.GetProperty("nama").GetString()!.StartsWith("uji", StringComparison.Ordinal)), m => Assert.True(m.GetProperty("wajib").GetBoolean()));

        var values = await (await (await _flow.ClientAsync("verifikator")).GetAsync(new Uri("/api/v1/klasifikasi", UriKind.Relative))).JsonAsync();
        Assert.Equal(["berkala", "serta-merta", "setiap-saat", "dikecualikan"], values.EnumerateArray().Select(v => v.GetProperty("kunci").GetString()));
    }

    [Fact]
    public async Task List_FiltersPagingAndBadValues_OnTheApi()
    {
        var tag = Unique("Daftar");
        var a = await _flow.ToPenyusunanAsync(ApiFlow.Disposisi($"{tag} satu"));
        var b = await _flow.ToPenyusunanAsync(ApiFlow.Disposisi($"{tag} dua"), staf: "staf2");
        var c = await _flow.CreateAsync(ApiFlow.Disposisi($"{tag} tiga"));
        var sekretaris = await _flow.ClientAsync("sekretaris");

        async Task<JsonElement> List(string client, string query) =>
            await (await (await _flow.ClientAsync(client)).GetAsync(new Uri("/api/v1/materi?" + query, UriKind.Relative))).JsonAsync();
        static Guid[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

        var all = await List("sekretaris", $"q={tag.ToUpperInvariant()}");
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal([c, b, a], Ids(all)); // newest first, case ignored
        Assert.Equal([a, b, c], Ids(await List("sekretaris", $"q={tag}&urut=terlama")));
        Assert.Equal([a, b], Ids(await List("sekretaris", $"q={tag}&tahap=Penyusunan&urut=terlama")));
        Assert.Equal([c], Ids(await List("sekretaris", $"q={tag}&langkah=2")));
        Assert.Equal([b], Ids(await List("sekretaris", $"q={tag}&orang={_flow.UserId("staf2")}")));
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(3, (await List("sekretaris", $"q={tag}&dari={today}&sampai={today}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await List("sekretaris", $"q={tag}&sampai=2020-01-01")).GetProperty("total").GetInt32());

        var second = await List("sekretaris", $"q={tag}&pageSize=2&page=2");
        Assert.Equal(3, second.GetProperty("total").GetInt32());
        Assert.Equal([a], Ids(second));

        // Who sees what: a Staf sees what is assigned to them; the verifiers nothing before verification.
        Assert.Equal([a], Ids(await List("staf", $"q={tag}")));
        Assert.Equal([b], Ids(await List("staf2", $"q={tag}")));
        Assert.Equal(0, (await List("verifikator", $"q={tag}")).GetProperty("total").GetInt32());

        // The category by id or, as the public API names it, by slug (its draft is in category 1, Berita Kegiatan).
        (await _flow.PutDraftAsync("staf", a, ApiFlow.Draft($"{tag} satu"), 0)).EnsureSuccessStatusCode();
        Assert.Equal([a], Ids(await List("sekretaris", $"q={tag}&kategori=1")));
        Assert.Equal([a], Ids(await List("sekretaris", $"q={tag}&kategori=berita-kegiatan")));
        Assert.Equal(0, (await List("sekretaris", $"q={tag}&kategori=pengumuman")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await List("sekretaris", $"q={tag}&kategori=tidak-ada")).GetProperty("total").GetInt32());

        var bad = await sekretaris.GetAsync(new Uri("/api/v1/materi?tahap=Nggak&langkah=9&dari=kemarin&urut=acak&klasifikasi=rahasia&pageSize=1000&kategori=0", UriKind.Relative));
        var problem = await bad.ProblemAsync(400);
        var errors = problem.GetProperty("errors");
        Assert.Equal(
            ["dari", "kategori", "klasifikasi", "langkah", "pageSize", "tahap", "urut"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        await (await Api.Anonymous(app.Factory).GetAsync(new Uri("/api/v1/materi", UriKind.Relative))).ProblemAsync(401);
    }

    [Fact]
    public async Task AdminList_ShowsOnlyVisibleItems_FiltersAndLinksEachRow()
    {
        var tag = Unique("Admin");
        var a = await _flow.ToPenyusunanAsync(ApiFlow.Disposisi($"{tag} milik staf"));
        var b = await _flow.CreateAsync(ApiFlow.Disposisi($"{tag} masih di agendaris"));

        using var sekretaris = await RawSession.SignInAsync(app.Factory, "sekretaris");
        var page = await sekretaris.Http.GetStringAsync(new Uri($"/admin/materi?q={tag}", UriKind.Relative));
        var doc = await Parser.ParseDocumentAsync(page);
        Assert.Equal([b.ToString(), a.ToString()], doc.QuerySelectorAll("[data-testid=daftar-materi-tabel] tbody tr").Select(r => r.GetAttribute("data-materi")));
        Assert.Equal([b.ToString(), a.ToString()], doc.QuerySelectorAll("[data-testid=daftar-materi-kartu] li").Select(r => r.GetAttribute("data-materi")));
        Assert.Contains($"/admin/materi/{a}", page, StringComparison.Ordinal);

        var filtered = await Parser.ParseDocumentAsync(await sekretaris.Http.GetStringAsync(new Uri($"/admin/materi?q={tag}&langkah=2", UriKind.Relative)));
        Assert.Equal([b.ToString()], filtered.QuerySelectorAll("[data-testid=daftar-materi-tabel] tbody tr").Select(r => r.GetAttribute("data-materi")));

        // Paging keeps the filter and moves on: "page" is a reserved route value in Razor Pages, so a link built from
        // route values lost it and "Berikutnya" led back to page 1.
        var first = await Parser.ParseDocumentAsync(await sekretaris.Http.GetStringAsync(new Uri($"/admin/materi?q={tag}&pageSize=1", UriKind.Relative)));
        var next = first.QuerySelector("a[rel=next]")?.GetAttribute("href");
        Assert.NotNull(next);
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.Contains($"q={tag}", next, StringComparison.Ordinal);
        var second = await Parser.ParseDocumentAsync(await sekretaris.Http.GetStringAsync(new Uri(next, UriKind.Relative)));
        Assert.Equal([a.ToString()], second.QuerySelectorAll("[data-testid=daftar-materi-tabel] tbody tr").Select(r => r.GetAttribute("data-materi")));
        Assert.Contains("page=1", second.QuerySelector("a[rel=prev]")?.GetAttribute("href") ?? "", StringComparison.Ordinal);

        var bad = await sekretaris.Http.GetStringAsync(new Uri($"/admin/materi?q={tag}&dari=besok", UriKind.Relative));
        Assert.Contains("Tanggal harus berbentuk yyyy-MM-dd.", bad, StringComparison.Ordinal);

        using var staf2 = await RawSession.SignInAsync(app.Factory, "staf2");
        var other = await staf2.Http.GetStringAsync(new Uri($"/admin/materi?q={tag}", UriKind.Relative));
        Assert.DoesNotContain(a.ToString(), other, StringComparison.Ordinal);
        Assert.DoesNotContain(b.ToString(), other, StringComparison.Ordinal);

        // The admin menu links the list for every editor.
        Assert.Contains("href=\"/admin/materi\"", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Library_SearchCaptionCreditReuseAndPublicCaptions()
    {
        var name = Unique("pasar") + ".jpg";
        var photo = await _flow.UploadAsync("staf", Photos.Jpeg(1200, 800), name);
        var (first, slug) = await _flow.PublishAsync(
            ApiFlow.Disposisi(Unique("Pustaka ")),
            ApiFlow.Draft("Pasar rakyat dibuka", isi: $"<p>Pembukaan pasar.</p><p><img src=\"/media/{photo}\" alt=\"Pedagang di pasar\"></p>", cover: photo, coverAlt: "Pasar rakyat"));

        // Found by its file name in the admin library; caption and credit saved there.
        using var sekretaris = await RawSession.SignInAsync(app.Factory, "sekretaris");
        var library = await sekretaris.Http.GetStringAsync(new Uri($"/admin/media?q={name[..12]}", UriKind.Relative));
        Assert.Contains($"data-media=\"{photo}\"", library, StringComparison.Ordinal);
        var token = await sekretaris.AntiforgeryTokenAsync($"/admin/media?q={name[..12]}");
        using var form = new FormUrlEncodedContent(
        [
            new("keterangan", "Bupati membuka pasar rakyat"),
            new("kredit", "Humas Kecamatan"),
            new("kembali", $"?q={name[..12]}"),
            new("__RequestVerificationToken", token),
        ]);
        var saved = await sekretaris.Http.PostAsync(new Uri($"/admin/media?handler=Keterangan&id={photo}", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Bupati membuka pasar rakyat", app.Factory.WithDb(db => db.Media.Single(m => m.Id == photo).Caption));

        // The API finds it by a word of its caption, with its credit and the article that uses it.
        var found = await (await (await _flow.ClientAsync("staf2")).GetAsync(new Uri("/api/v1/media?q=BUPATI%20membuka", UriKind.Relative))).JsonAsync();
        var entry = found.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("berkas").GetProperty("id").GetGuid() == photo);
        Assert.Equal("Humas Kecamatan", entry.GetProperty("berkas").GetProperty("kredit").GetString());
        Assert.Equal([first], entry.GetProperty("dipakaiDi").EnumerateArray().Select(u => u.GetProperty("materiId").GetGuid()));

        // The public article shows the caption under the cover and under the body photo; the API's foto carries it.
        var article = await app.Factory.CreateClient().GetStringAsync(new Uri($"/berita/{slug}", UriKind.Relative));
        var doc = await Parser.ParseDocumentAsync(article);
        Assert.Equal("Bupati membuka pasar rakyat (Foto: Humas Kecamatan)", doc.QuerySelector("[data-testid=keterangan-sampul]")?.TextContent);
        Assert.Equal("Bupati membuka pasar rakyat (Foto: Humas Kecamatan)", doc.QuerySelector(".article-body figure.foto figcaption")?.TextContent);
        Assert.NotNull(doc.QuerySelector($".article-body figure.foto img[src^='/media/{photo}']"));
        var api = await (await Api.Anonymous(app.Factory).GetAsync(new Uri($"/api/v1/berita/{slug}", UriKind.Relative))).JsonAsync();
        Assert.Equal("Bupati membuka pasar rakyat", api.GetProperty("foto").GetProperty("keterangan").GetString());
        Assert.Equal("Humas Kecamatan", api.GetProperty("foto").GetProperty("kredit").GetString());

        // Reuse: another writer takes the photo as the cover of their own draft; the library names both items.
        var second = await _flow.ToPenyusunanAsync(ApiFlow.Disposisi(Unique("Pakai lagi ")), staf: "staf2");
        var put = await _flow.PutDraftAsync("staf2", second, ApiFlow.Draft("Pasar ramai lagi", cover: photo, coverAlt: "Pasar"), 0);
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        var uses = await (await (await _flow.ClientAsync("sekretaris")).GetAsync(new Uri($"/api/v1/media?q={name[..12]}", UriKind.Relative))).JsonAsync();
        Assert.Equal(
            new[] { first, second }.Order(),
            uses.GetProperty("items")[0].GetProperty("dipakaiDi").EnumerateArray().Select(u => u.GetProperty("materiId").GetGuid()).Order());
    }

    [Fact]
    public async Task Library_AnUnpublishedPhoto_IsSeenOnlyByThoseWhoMaySeeItsItem()
    {
        var name = Unique("draf") + ".jpg";
        var photo = await _flow.UploadAsync("staf", Photos.Jpeg(800, 600), name);
        var id = await _flow.ToPenyusunanAsync(ApiFlow.Disposisi(Unique("Rahasia ")));
        var put = await _flow.PutDraftAsync("staf", id, ApiFlow.Draft("Draf dengan foto", cover: photo, coverAlt: "Foto draf"), 0);
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());

        async Task<int> Count(string user) =>
            (await (await (await _flow.ClientAsync(user)).GetAsync(new Uri($"/api/v1/media?q={name[..10]}", UriKind.Relative))).JsonAsync()).GetProperty("total").GetInt32();

        Assert.Equal(1, await Count("staf"));
        Assert.Equal(1, await Count("sekretaris"));
        Assert.Equal(0, await Count("staf2"));
        Assert.Equal(0, await Count("verifikator"));

        // Not theirs to describe either, nor to take as a cover.
        using var staf2 = await RawSession.SignInAsync(app.Factory, "staf2");
        var token = await staf2.AntiforgeryTokenAsync("/admin/media");
        using var form = new FormUrlEncodedContent([new("keterangan", "Bukan milik saya"), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.NotFound, (await staf2.Http.PostAsync(new Uri($"/admin/media?handler=Keterangan&id={photo}", UriKind.Relative), form)).StatusCode);
        var other = await _flow.ToPenyusunanAsync(ApiFlow.Disposisi(Unique("Lain ")), staf: "staf2");
        var refused = await _flow.PutDraftAsync("staf2", other, ApiFlow.Draft("Ambil foto orang", cover: photo, coverAlt: "x"), 0);
        Assert.False(refused.IsSuccessStatusCode);
        Assert.Null(app.Factory.WithDb(db => db.Media.Single(m => m.Id == photo).Caption));

        var bad = await (await _flow.ClientAsync("staf")).GetAsync(new Uri("/api/v1/media?jenis=video&dari=1-1-2026", UriKind.Relative));
        Assert.Equal(["dari", "jenis"], (await bad.ProblemAsync(400)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }
    [Fact]
    public async Task Editor_OffersTheLibrary_AndTakesALibraryPhotoAsTheCover()
    {
        var name = Unique("balai") + ".jpg";
        var photo = await _flow.UploadAsync("staf", Photos.Jpeg(1000, 750), name);
        await _flow.PublishAsync(ApiFlow.Disposisi(Unique("Sumber foto ")), ApiFlow.Draft("Balai desa baru", cover: photo, coverAlt: "Balai desa"));

        var id = await _flow.ToPenyusunanAsync(ApiFlow.Disposisi(Unique("Sampul dari pustaka ")), staf: "staf2");
        var staf2 = await app.SignInAsync("staf2");
        var editor = await staf2.GetAsync($"/admin/materi/{id}/sunting");
        Assert.NotNull(editor.Document.QuerySelector($"[data-testid=pustaka-sampul] input[name=PustakaSampulId][value='{photo}']"));
        Assert.NotNull(editor.Document.QuerySelector($"[data-testid=pustaka-isi] button[data-media='{photo}']"));

        var fields = Sop.Draft("Balai desa dipakai lagi");
        fields["PustakaSampulId"] = photo.ToString();
        fields["Input.FotoSampulAlt"] = "Balai desa";
        var saved = await Sop.SaveDraftAsync(staf2, id, fields);
        Assert.True(saved.Errors().Length == 0, saved.Errors());
        Assert.Equal(photo, app.Factory.WithDb(db => db.MateriVersions.Single(v => v.MateriId == id).CoverImageId));
    }
}
