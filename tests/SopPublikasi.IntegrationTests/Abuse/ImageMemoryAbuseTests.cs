using System.Net;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Media;
using SopPublikasi.Tests.Shared;

namespace SopPublikasi.IntegrationTests.Abuse;

/// <summary>
/// Issue 21, finding 4: a few kilobytes can claim a picture of hundreds of megabytes once decoded (an 8000×8000
/// 1-bit PNG is under 10 KB and 256 MB as RGBA). The upload is measured by its header and refused above
/// Media:MaxImagePixels before any pixel is decoded; nothing is stored.
/// </summary>
public class ImageMemoryAbuseTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Upload_TinyPngClaiming64Megapixels_RefusedByItsHeaderAndNothingStored()
    {
        var bomb = OneBitPng.Of(8000, 8000);
        Assert.InRange(bomb.Length, 1, 16 * 1024);
        var staf = await Api.ClientForAsync(app.Factory, "staf");
        var before = app.Factory.WithDb(db => db.Media.Count());

        var problem = await (await staf.UploadAsync(bomb, "kecil.png")).ProblemAsync(400);

        var message = problem.GetProperty("errors").GetProperty("berkas")[0].GetString();
        Assert.Contains("8000 × 8000", message, StringComparison.Ordinal);
        Assert.Contains("megapiksel", message, StringComparison.Ordinal);
        Assert.Equal(before, app.Factory.WithDb(db => db.Media.Count()));
    }

    [Fact]
    public async Task Upload_OrdinaryPhoto_StillAccepted()
    {
        var staf = await Api.ClientForAsync(app.Factory, "staf");

        var response = await staf.UploadAsync(Photos.Jpeg(1200, 800), "foto.jpg");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
