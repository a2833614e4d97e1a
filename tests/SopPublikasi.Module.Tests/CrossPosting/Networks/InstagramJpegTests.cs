using SkiaSharp;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.CrossPosting.Networks.Instagram;

namespace SopPublikasi.Module.Tests.CrossPosting.Networks;

public class InstagramJpegTests
{
    [Theory]
    [InlineData(2000, 500)] // 4:1 panorama: cropped to 1.91:1, scaled to 1440 wide
    [InlineData(300, 900)] // tall and narrow: cropped to 4:5, scaled up to 320 wide
    [InlineData(1080, 1080)]
    public void AnyCover_BecomesAJpegInstagramAccepts(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SeaGreen);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);

        var jpeg = InstagramJpeg.Create(png.ToArray(), new InstagramLimits());

        Assert.Equal([0xFF, 0xD8], jpeg[..2]);
        using var result = SKBitmap.Decode(jpeg);
        Assert.InRange(result.Width, 320, 1440);
        Assert.InRange((decimal)result.Width / result.Height, 0.8m, 1.91m);
        var plan = InstagramImageRules.Plan(width, height);
        Assert.Equal((plan.TargetWidth, plan.TargetHeight), (result.Width, result.Height));
    }
}
