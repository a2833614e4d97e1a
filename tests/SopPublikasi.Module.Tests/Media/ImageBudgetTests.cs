using Microsoft.Extensions.Options;
using SkiaSharp;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.CrossPosting.Networks.Instagram;
using SopPublikasi.Module.Media;
using SopPublikasi.Tests.Shared;

namespace SopPublikasi.Module.Tests.Media;

/// <summary>
/// Image memory is bounded by decisions taken before decoding (issue 21, finding 4): the size comes from the header
/// and a picture above the pixel budget is refused; a smaller copy is decoded small; image work waits for a slot.
/// </summary>
public class ImageBudgetTests
{
    [Fact]
    public void Measure_TinyPngClaiming8000x8000_RefusedByItsHeader()
    {
        var bomb = OneBitPng.Of(8000, 8000);
        Assert.True(bomb.Length < 16 * 1024, $"{bomb.Length} bytes");

        var refused = Assert.Throws<UploadRejectedException>(() => ImagePipeline.Measure(bomb, ImagePipeline.DefaultMaxPixels));

        Assert.Contains("8000 × 8000 piksel (64 megapiksel) melebihi batas 50 megapiksel", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_WithinTheBudget_ReadsTheSizeWithoutDecoding()
    {
        Assert.Equal(new SKSizeI(8000, 8000), ImagePipeline.Measure(OneBitPng.Of(8000, 8000), 64_000_000));
    }

    [Fact]
    public void Process_AboveAConfiguredBudget_Refused()
    {
        var png = Png(1001, 1000);

        Assert.Throws<UploadRejectedException>(() => ImagePipeline.Process(png, "image/png", [480], 80, 80, maxPixels: 1_000_000));
        Assert.Equal(1000, ImagePipeline.Process(Png(1000, 1000), "image/png", [480], 80, 80, maxPixels: 1_000_000).Original.Width);
    }

    [Fact]
    public void Options_Defaults_FiftyMegapixelsTwoAtOnce()
    {
        var defaults = new MediaOptions();

        Assert.Equal((50_000_000L, 2), (defaults.MaxImagePixels, defaults.MaxConcurrentImageWork));
    }

    [Fact]
    public async Task ImageWork_OneSlot_TheOthersWaitUntilItIsFree()
    {
        using var work = new ImageWork(Options.Create(new MediaOptions { MaxConcurrentImageWork = 1 }));
        using var gate = new ManualResetEventSlim();
        var running = 0;
        var most = 0;
        int Body()
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            gate.Wait(TimeSpan.FromSeconds(30));
            Interlocked.Decrement(ref running);
            return now;
        }

        var tasks = Enumerable.Range(0, 4).Select(_ => Task.Run(() => work.RunAsync(Body, CancellationToken.None))).ToList();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((work.Waiting < 3 || Volatile.Read(ref running) < 1) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.Equal((3, 1), (work.Waiting, Volatile.Read(ref running)));
        gate.Set();
        await Task.WhenAll(tasks);
        Assert.Equal(1, most);
    }

    [Theory]
    [InlineData(4000, 3000)]
    [InlineData(8160, 6120)] // JPEG's nearest step for 0.18 is 1/8, below the target: the next step up is taken
    [InlineData(6000, 1000)]
    public void InstagramDecode_LargeJpeg_DecodedSmallerButNotBelowTheTarget(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SeaGreen);
        using var jpeg = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        using var codec = SKCodec.Create(jpeg);
        var plan = InstagramImageRules.Plan(width, height);
        var scale = InstagramJpeg.DecodeScale(plan);

        using var decoded = InstagramJpeg.Decode(codec, scale);

        Assert.InRange(decoded.Width, (int)Math.Floor(width * scale), width - 1);
        Assert.True(decoded.Width * plan.CropWidth / (double)width >= plan.TargetWidth - 1, $"{decoded.Width}×{decoded.Height} for a crop of {plan.CropWidth} to {plan.TargetWidth}");
    }

    [Fact]
    public void InstagramJpeg_PanoramaDecodedSmall_CropKeepsItsPlace()
    {
        // Left half red, right half blue: after a centred 1.91:1 crop, the left edge is still red, the right blue.
        using var bitmap = new SKBitmap(4000, 1000);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Red);
            using var blue = new SKPaint { Color = SKColors.Blue };
            canvas.DrawRect(2000, 0, 2000, 1000, blue);
        }

        using var source = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);

        using var result = SKBitmap.Decode(InstagramJpeg.Create(source.ToArray(), new InstagramLimits()));

        var plan = InstagramImageRules.Plan(4000, 1000);
        Assert.Equal((plan.TargetWidth, plan.TargetHeight), (result.Width, result.Height));
        Assert.True(result.GetPixel(5, result.Height / 2).Red > 200, result.GetPixel(5, result.Height / 2).ToString());
        Assert.True(result.GetPixel(result.Width - 5, result.Height / 2).Blue > 200, result.GetPixel(result.Width - 5, result.Height / 2).ToString());
    }

    [Fact]
    public void InstagramJpeg_AboveTheBudget_Refused()
    {
        Assert.Throws<UploadRejectedException>(() => InstagramJpeg.Create(OneBitPng.Of(8000, 8000), new InstagramLimits()));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SeaGreen);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
