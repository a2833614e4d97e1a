using SkiaSharp;
using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.CrossPosting.Networks.Instagram;

/// <summary>
/// Makes the JPEG Instagram accepts from any cover: cropped and scaled as <see cref="InstagramImageRules"/> plans
/// (4:5 to 1.91:1, 320-1440 px wide), drawn in sRGB, encoded as JPEG.
/// </summary>
public static class InstagramJpeg
{
    public static byte[] Create(ReadOnlySpan<byte> source, InstagramLimits limits, int quality = 85)
    {
        using var data = SKData.CreateCopy(source);
        using var decoded = SKBitmap.Decode(data) ?? throw new InvalidOperationException("Gambar tidak dapat dibaca.");
        var plan = InstagramImageRules.Plan(decoded.Width, decoded.Height, limits);
        var info = new SKImageInfo(plan.TargetWidth, plan.TargetHeight, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Kanvas gambar tidak dapat dibuat.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var image = SKImage.FromBitmap(decoded);
        canvas.DrawImage(
            image,
            SKRect.Create(plan.CropX, plan.CropY, plan.CropWidth, plan.CropHeight),
            SKRect.Create(0, 0, plan.TargetWidth, plan.TargetHeight),
            new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var snapshot = surface.Snapshot();
        using var jpeg = snapshot.Encode(SKEncodedImageFormat.Jpeg, quality);
        return jpeg.ToArray();
    }
}
