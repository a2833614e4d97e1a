using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Security;
using SopPublikasi.Module.Publik.Pages;

namespace SopPublikasi.IntegrationTests;

/// <summary>
/// Issue 22, "Public site" > Pictures and Galeri: the cards of the lists and of search show their cover from the
/// photo's variants (srcset, pixel size, lazy but the first), the photos of an article body are served from their
/// variants, and /galeri shows the photos of the live articles by article, newest first, without a withdrawn one.
/// </summary>
public sealed class PublicPicturesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly HtmlParser Parser = new();

    private readonly ApiFlow _flow = new(app.Factory);

    private static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 8)];

    private async Task<IDocument> GetAsync(string url)
    {
        var response = await app.Factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    private Task<(Guid Id, string Slug)> PublishAsync(string title, string isi = "<p>Kegiatan berjalan lancar.</p>", Guid? cover = null, string? alt = null) =>
        _flow.PublishAsync(ApiFlow.Disposisi(title), ApiFlow.Draft(title, isi: isi, cover: cover, coverAlt: alt));

    [Fact]
    public async Task Cards_ShowTheirCoverFromTheVariants_SizedAndLazyButTheFirst_ACardWithoutCoverHasNoImage()
    {
        var word = Unique("Sampulkartu");
        var photoA = await _flow.UploadAsync("staf", Photos.Jpeg(1200, 800, gps: false), "a.jpg");
        var photoC = await _flow.UploadAsync("staf", Photos.Jpeg(1280, 720, gps: false), "c.jpg");
        var a = await PublishAsync($"{word} pertama bersampul", cover: photoA, alt: "Warga bergotong royong");
        var b = await PublishAsync($"{word} kedua tanpa sampul");
        var c = await PublishAsync($"{word} ketiga bersampul", cover: photoC, alt: "Pendapa kecamatan");

        foreach (var url in new[] { "/berita", "/", $"/cari?q={word}" })
        {
            var doc = await GetAsync(url);
            var cards = doc.QuerySelectorAll("ul.cards > li.card").ToList();
            var cardC = cards.Single(li => li.QuerySelector($"a[href='/berita/{c.Slug}']") is not null);
            var cardB = cards.Single(li => li.QuerySelector($"a[href='/berita/{b.Slug}']") is not null);
            var cardA = cards.Single(li => li.QuerySelector($"a[href='/berita/{a.Slug}']") is not null);

            // Each cover from its variants, with its alt text and its size (the box is kept before it loads).
            var imgC = cardC.QuerySelector("img")!;
            Assert.Equal("Pendapa kecamatan", imgC.GetAttribute("alt"));
            Assert.Contains($"/media/{photoC}/480.jpg 480w", imgC.GetAttribute("srcset"), StringComparison.Ordinal);
            Assert.Contains($"/media/{photoC}/960.jpg 960w", imgC.GetAttribute("srcset"), StringComparison.Ordinal);
            Assert.Equal($"/media/{photoC}/480.jpg", imgC.GetAttribute("src"));
            Assert.Equal(("480", "270"), (imgC.GetAttribute("width"), imgC.GetAttribute("height")));
            Assert.True(imgC.HasAttribute("sizes"), url);
            Assert.Contains($"/media/{photoC}/480.webp 480w", cardC.QuerySelector("picture source[type='image/webp']")?.GetAttribute("srcset"), StringComparison.Ordinal);
            var imgA = cardA.QuerySelector("img")!;
            Assert.Equal("Warga bergotong royong", imgA.GetAttribute("alt"));
            Assert.Equal(("480", "320"), (imgA.GetAttribute("width"), imgA.GetAttribute("height")));

            // A card without a cover has no picture and no empty box.
            Assert.Null(cardB.QuerySelector("img, picture"));
            Assert.DoesNotContain("with-cover", cardB.ClassName, StringComparison.Ordinal);

            // The first picture of the list is fetched at once (first of all on the Beranda), every later one lazily.
            var images = doc.QuerySelectorAll("ul.cards img").ToList();
            Assert.Null(images[0].GetAttribute("loading"));
            Assert.Equal(url == "/" ? "high" : null, images[0].GetAttribute("fetchpriority"));
            Assert.All(images.Skip(1), img => Assert.Equal(("lazy", "async", null), (img.GetAttribute("loading"), img.GetAttribute("decoding"), img.GetAttribute("fetchpriority"))));
            if (!url.StartsWith("/cari", StringComparison.Ordinal))
            {
                // Newest first: the newest card's cover is the list's first picture.
                Assert.True(cards.IndexOf(cardC) < cards.IndexOf(cardB) && cards.IndexOf(cardB) < cards.IndexOf(cardA), url);
                Assert.Same(imgC, images[0]);
                Assert.Equal("lazy", imgA.GetAttribute("loading"));
            }
        }
    }

    [Fact]
    public async Task BodyPhoto_ServedFromItsVariants_WithItsSizeAndLazily_TheAuthorsSrcKept()
    {
        var photo = await _flow.UploadAsync("staf", Photos.Jpeg(2000, 1500, gps: false), "isi.jpg");
        var (_, slug) = await PublishAsync(
            Unique("Foto isi "),
            isi: $"<p>Penanaman pohon di tepi sungai.</p><p><img src=\"/media/{photo}\" alt=\"Warga menanam pohon\"></p><p>Selesai.</p>");

        var doc = await GetAsync($"/berita/{slug}");

        var img = doc.QuerySelector(".article-body picture img")!;
        Assert.NotNull(img);
        Assert.Equal($"/media/{photo}", img.GetAttribute("src"));
        Assert.Equal("Warga menanam pohon", img.GetAttribute("alt"));
        Assert.Equal(
            $"/media/{photo}/480.jpg 480w, /media/{photo}/960.jpg 960w, /media/{photo}/1600.jpg 1600w",
            img.GetAttribute("srcset"));
        Assert.Equal(("2000", "1500", "lazy", "async"), (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("loading"), img.GetAttribute("decoding")));
        Assert.False(string.IsNullOrEmpty(img.GetAttribute("sizes")));
        Assert.Contains($"/media/{photo}/960.webp 960w", doc.QuerySelector(".article-body picture source[type='image/webp']")?.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Equal("Penanaman pohon di tepi sungai.", doc.QuerySelector(".article-body p")?.TextContent);
    }

    [Fact]
    public async Task Galeri_AlbumsByArticleNewestFirst_PhotosLinkToTheArticle_AWithdrawnArticleLeaves()
    {
        var cover = await _flow.UploadAsync("staf", Photos.Jpeg(1100, 700, gps: false), "sampul.jpg");
        var inBody = await _flow.UploadAsync("staf", Photos.Jpeg(900, 600, gps: false), "isi.jpg");
        var other = await _flow.UploadAsync("staf", Photos.Jpeg(1000, 800, gps: false), "lain.jpg");
        var older = await PublishAsync(
            Unique("Album lama "), isi: $"<p>Isi.</p><p><img src=\"/media/{inBody}\" alt=\"Foto di isi berita\"></p>", cover: cover, alt: "Foto sampul album");
        var none = await PublishAsync(Unique("Tanpa foto "));
        var newer = await PublishAsync(Unique("Album baru "), isi: $"<p><img src=\"/media/{other}\" alt=\"Lapangan desa\"></p>");

        var doc = await GetAsync("/galeri");

        var albums = doc.QuerySelectorAll("li.album").Select(li => li.GetAttribute("data-album")).ToList();
        Assert.Contains(newer.Slug, albums);
        Assert.True(albums.IndexOf(older.Slug) > albums.IndexOf(newer.Slug), string.Join(", ", albums));
        Assert.DoesNotContain(none.Slug, albums);
        var album = doc.QuerySelector($"li.album[data-album='{older.Slug}']")!;
        var photos = album.QuerySelectorAll(".album-fotos img").ToList();
        Assert.Equal([$"/media/{cover}/480.jpg", $"/media/{inBody}/480.jpg"], photos.Select(p => p.GetAttribute("src")));
        Assert.Equal(["Foto sampul album", "Foto di isi berita"], photos.Select(p => p.GetAttribute("alt")));
        Assert.All(photos, p => Assert.Equal($"/berita/{older.Slug}", p.Closest("a")?.GetAttribute("href")));
        Assert.All(photos, p => Assert.True(p.HasAttribute("srcset") && p.HasAttribute("width") && p.HasAttribute("height"), p.OuterHtml));
        Assert.Equal($"/berita/{older.Slug}", album.QuerySelector("h2 a")?.GetAttribute("href"));
        Assert.Equal("Lapangan desa", doc.QuerySelector($"li.album[data-album='{newer.Slug}'] img")?.GetAttribute("alt"));
        Assert.NotNull(doc.QuerySelector("nav a[href='/galeri']"));
        Assert.Contains("/galeri</loc>", await app.Factory.CreateClient().GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)), StringComparison.Ordinal);

        // Withdrawn: its photos leave the Galeri at the next request (the cached page is evicted with the lists).
        await _flow.MoveAsync("ppid", older.Id, new { aksi = "tarik", catatan = "Foto salah unggah" });

        var after = await GetAsync("/galeri");
        var left = after.QuerySelectorAll("li.album").Select(li => li.GetAttribute("data-album")).ToList();
        Assert.DoesNotContain(older.Slug, left);
        Assert.Contains(newer.Slug, left);
        Assert.Null(after.QuerySelector($"img[src^='/media/{cover}'], img[src^='/media/{inBody}']"));
    }

    /// <summary>The first screen's photos are asked for at once (the first one first), the rest only when scrolled near.</summary>
    [Fact]
    public async Task Galeri_FirstScreenPhotosFetchedAtOnce_TheRestLazily()
    {
        var body = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            body.Add(await _flow.UploadAsync("staf", Photos.Jpeg(800 + (i * 10), 600, gps: false), $"isi-{i}.jpg"));
        }

        await PublishAsync(Unique("Album layar pertama "), isi: string.Concat(body.Select(b => $"<p><img src=\"/media/{b}\" alt=\"Foto kegiatan\"></p>")));

        var photos = (await GetAsync("/galeri")).QuerySelectorAll(".album-fotos img").ToList();

        Assert.True(photos.Count > GaleriModel.FirstScreenPhotos, $"{photos.Count} photos");
        Assert.Equal("high", photos[0].GetAttribute("fetchpriority"));
        Assert.All(photos.Take(GaleriModel.FirstScreenPhotos), p => Assert.False(p.HasAttribute("loading"), p.OuterHtml));
        Assert.All(photos.Skip(1), p => Assert.False(p.HasAttribute("fetchpriority"), p.OuterHtml));
        Assert.All(photos.Skip(GaleriModel.FirstScreenPhotos), p => Assert.Equal("lazy", p.GetAttribute("loading")));
    }
}
