using AngleSharp.Html.Parser;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Pratinjau;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Tests.Publik;

public class BodyPhotosTests
{
    private static readonly Guid Photo = Guid.Parse("0b7c1c7e-5d1a-4a43-9f0e-0d7f1a2b3c4d");
    private static readonly Guid Old = Guid.Parse("1c8d2d8f-6e2b-4b54-8a1f-1e8a2b3c4d5e");
    private static readonly Guid Pdf = Guid.Parse("2d9e3e90-7f3c-4c65-9b20-2f9b3c4d5e6f");

    private static readonly Dictionary<Guid, MediaFile> Files = new()
    {
        [Photo] = new MediaFile
        {
            Id = Photo,
            Kind = MediaKind.Image,
            ContentType = "image/jpeg",
            Width = 2000,
            Height = 1000,
            Variants =
            [
                new MediaVariant { Width = 480, Height = 240, Format = ImageFormats.WebP },
                new MediaVariant { Width = 480, Height = 240, Format = ImageFormats.Jpeg },
                new MediaVariant { Width = 960, Height = 480, Format = ImageFormats.WebP },
                new MediaVariant { Width = 960, Height = 480, Format = ImageFormats.Jpeg },
            ],
        },
        [Old] = new MediaFile { Id = Old, Kind = MediaKind.Image, ContentType = "image/png", Width = 300, Height = 200 },
        [Pdf] = new MediaFile { Id = Pdf, Kind = MediaKind.Document, ContentType = "application/pdf" },
    };

    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Apply_OwnPhoto_BecomesAPictureWithVariantsSizeAndLazyLoading_SrcKept()
    {
        var html = BodyPhotos.Apply($"<p>Teks.</p><p><img src=\"/media/{Photo}\" alt=\"Warga\"></p>", Files);

        using var doc = Parser.ParseDocument(html);
        var img = doc.QuerySelector("p > picture > img")!;
        Assert.Equal($"/media/{Photo}", img.GetAttribute("src"));
        Assert.Equal($"/media/{Photo}/480.jpg 480w, /media/{Photo}/960.jpg 960w", img.GetAttribute("srcset"));
        Assert.Equal(BodyPhotos.Sizes, img.GetAttribute("sizes"));
        Assert.Equal(("2000", "1000", "lazy", "async", "Warga"), (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("loading"), img.GetAttribute("decoding"), img.GetAttribute("alt")));
        Assert.Equal($"/media/{Photo}/480.webp 480w, /media/{Photo}/960.webp 960w", doc.QuerySelector("picture > source[type='image/webp']")?.GetAttribute("srcset"));
        Assert.Equal("Teks.", doc.QuerySelector("p")?.TextContent);
    }

    [Theory]
    [InlineData("<p><img src=\"https://situs-lain.example/media/{0}\" alt=\"x\"></p>")]
    [InlineData("<p><img src=\"/media/{0}\" srcset=\"/media/{0}/480.jpg 480w\" alt=\"x\"></p>")]
    [InlineData("<picture><img src=\"/media/{0}\" alt=\"x\"></picture>")]
    [InlineData("<p><a href=\"/media/{0}\">unduh</a></p>")]
    public void Apply_AnotherSitesPictureOrWhatTheAuthorAlreadyServed_Unchanged(string template)
    {
        var body = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Photo);

        Assert.Same(body, BodyPhotos.Apply(body, Files));
    }

    [Fact]
    public void Apply_UnknownFileOrDocument_Unchanged_OldUploadGetsItsSizeOnly()
    {
        var unknown = $"<p><img src=\"/media/{Guid.NewGuid()}\" alt=\"x\"></p><p><img src=\"/media/{Pdf}\" alt=\"y\"></p>";
        Assert.Same(unknown, BodyPhotos.Apply(unknown, Files));

        using var doc = Parser.ParseDocument(BodyPhotos.Apply($"<p><img src=\"/media/{Old}\" alt=\"lama\"></p>", Files));
        var img = doc.QuerySelector("p > img")!;
        Assert.Equal(("300", "200", "lazy", null), (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("loading"), img.GetAttribute("srcset")));
    }

    [Fact]
    public void Apply_ThenAPreviewLinksRewrite_EveryVariantGoesThroughTheLink()
    {
        var html = PreviewRenderer.RewriteMedia(BodyPhotos.Apply($"<p><img src=\"/media/{Photo}\" alt=\"Warga\"></p>", Files), url => "/pratinjau/abc" + url);

        using var doc = Parser.ParseDocument(html);
        var addresses = doc.QuerySelectorAll("img, source")
            .SelectMany(e => (e.GetAttribute("srcset") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.Split(' ')[0]).Append(e.GetAttribute("src")))
            .OfType<string>().ToList();
        Assert.Equal(5, addresses.Count);
        Assert.All(addresses, a => Assert.StartsWith($"/pratinjau/abc/media/{Photo}", a, StringComparison.Ordinal));
    }

    [Fact]
    public void InOrder_EachPhotoOnceWithItsAlt()
    {
        var body = $"<p><img src=\"/media/{Photo}/960.jpg\" alt=\"satu\"></p><p><img src=\"https://lain.example/x.jpg\" alt=\"z\"><img src=\"/media/{Old}\"><img src=\"/media/{Photo}\" alt=\"lagi\"></p>";

        Assert.Equal([(Photo, "satu"), (Old, null)], BodyPhotos.InOrder(body));
    }
}
