using System.Net;
using System.Text.Json;
using SkiaSharp;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Media;

namespace SopPublikasi.IntegrationTests;

/// <summary>A phone photo uploaded: stored upright, without its EXIF (GPS position), with resized WebP and JPEG variants.</summary>
public sealed class ImageUploadTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task PhoneJpegWithGpsAndRotation_StoredUprightWithoutMetadata_WithWebpAndJpegVariants()
    {
        var staf = await Api.ClientForAsync(app.Factory, "staf");
        var photo = Photos.Jpeg(2000, 1200, orientation: 6); // held upright: the pixels are landscape, EXIF says rotate 90°
        Assert.True(Photos.HasMetadata(photo));

        var response = await staf.UploadAsync(photo, "IMG_20261121_091500.jpg");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(1200, body.GetProperty("lebar").GetInt32());
        Assert.Equal(2000, body.GetProperty("tinggi").GetInt32());
        var variants = body.GetProperty("varian").EnumerateArray().Select(v => (Width: v.GetProperty("lebar").GetInt32(), Type: v.GetProperty("contentType").GetString())).ToList();
        Assert.Equal([(480, "image/jpeg"), (480, "image/webp"), (960, "image/jpeg"), (960, "image/webp"), (1200, "image/jpeg"), (1200, "image/webp")], variants);

        var id = body.GetProperty("id").GetGuid();
        var stored = app.Factory.WithDb(db => db.Media.Single(m => m.Id == id));
        foreach (var path in stored.StoredPaths)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(app.Factory.MediaPath, path));
            Assert.False(Photos.HasMetadata(bytes), $"{path} still carries the EXIF block");
            using var decoded = SKBitmap.Decode(bytes);
            Assert.True(decoded.Height > decoded.Width, $"{path} is not upright ({decoded.Width}×{decoded.Height})");
        }

        var webp = stored.Variants.Single(v => v.Width == 960 && v.Format == "webp");
        Assert.Equal(1600, webp.Height);
        var webpBytes = await File.ReadAllBytesAsync(Path.Combine(app.Factory.MediaPath, webp.StoredPath));
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(webpBytes, 0, 4));
    }

    [Fact]
    public async Task SmallImage_NeverEnlarged_OneVariantPerFormatAtItsOwnWidth()
    {
        var staf = await Api.ClientForAsync(app.Factory, "staf");
        var body = await (await staf.UploadAsync(Photos.Jpeg(300, 200, gps: false), "kecil.jpg")).JsonAsync();

        Assert.Equal([300, 300], body.GetProperty("varian").EnumerateArray().Select(v => v.GetProperty("lebar").GetInt32()));
    }

    [Fact]
    public async Task Variant_OfUnpublishedMaterial_NotServedToTheAnonymousPublic()
    {
        var staf = await Api.ClientForAsync(app.Factory, "staf");
        var body = await (await staf.UploadAsync(Photos.Jpeg(800, 600), "draf.jpg")).JsonAsync();
        var url = body.GetProperty("varian")[0].GetProperty("url").GetString()!;

        var response = await Api.Anonymous(app.Factory).GetAsync(new Uri(url, UriKind.Relative));

        Assert.StartsWith("/media/", url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PhotoInTheBody_HiddenUntilApproval_PublicInTheVeryNextRequestAfterIt()
    {
        var staf = await Api.ClientForAsync(app.Factory, "staf");
        var upload = await (await staf.UploadAsync(Photos.Jpeg(800, 600), "isi.jpg")).JsonAsync();
        var url = upload.GetProperty("varian")[0].GetProperty("url").GetString()!;
        var anonymous = Api.Anonymous(app.Factory);
        var id = await Publish.ToVerificationAsync(app.Factory, "Foto di dalam isi " + Guid.NewGuid().ToString("N")[..6], isi: $"<p>Kerja bakti.</p><p><img src=\"{url}\" alt=\"Warga bekerja\"></p>");

        // Asked twice before approval: the answer "not public" may be remembered, and approval must drop it.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        await Publish.MoveAsync(await Api.ClientForAsync(app.Factory, "verifikator"), id, new { aksi = "setujui", klasifikasi = "berkala" }, app.Factory);

        var after = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.StartsWith("image/", after.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }
}
