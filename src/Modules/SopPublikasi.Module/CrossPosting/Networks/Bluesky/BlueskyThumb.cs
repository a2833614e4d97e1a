using SkiaSharp;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.Media;

namespace SopPublikasi.Module.CrossPosting.Networks.Bluesky;

/// <summary>
/// The card's thumbnail within Bluesky's blob limit: a cover that fits is sent as it is; a larger one is drawn in sRGB
/// at decreasing sizes and JPEG qualities until it fits (a card shows it at most about 1200 px wide).
/// </summary>
public static class BlueskyThumb
{
    private static readonly (int LongEdge, int Quality)[] Steps = [(2000, 85), (1600, 82), (1200, 80), (1000, 75), (800, 70), (640, 65), (480, 60)];

    public static (byte[] Bytes, string ContentType) Fit(PostImage image, int maxBytes, long maxPixels = ImagePipeline.DefaultMaxPixels)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Bytes.Length <= maxBytes)
        {
            return (image.Bytes, image.ContentType);
        }

        using var data = SKData.CreateCopy(image.Bytes);
        using var codec = SKCodec.Create(data) ?? throw new DeliveryFailureException(FailureKind.Permanent, "Gambar sampul tidak dapat dibaca untuk Bluesky.");
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        ImagePipeline.EnsureWithinBudget(width, height, maxPixels);
        var longest = Math.Max(width, height);
        using var decoded = Instagram.InstagramJpeg.Decode(codec, Math.Min(1f, Steps[0].LongEdge / (float)longest));
        foreach (var (edge, quality) in Steps)
        {
            var scale = Math.Min(1f, edge / (float)longest);
            var info = new SKImageInfo(Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)), SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
            using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Kanvas gambar tidak dapat dibuat.");
            surface.Canvas.Clear(SKColors.White);
            using var source = SKImage.FromBitmap(decoded);
            surface.Canvas.DrawImage(source, SKRect.Create(0, 0, info.Width, info.Height), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var snapshot = surface.Snapshot();
            using var jpeg = snapshot.Encode(SKEncodedImageFormat.Jpeg, quality);
            if (jpeg.Size <= maxBytes)
            {
                return (jpeg.ToArray(), "image/jpeg");
            }
        }

        throw new DeliveryFailureException(FailureKind.Permanent, $"Gambar sampul tidak dapat diperkecil sampai {maxBytes} bita untuk Bluesky.");
    }
}
