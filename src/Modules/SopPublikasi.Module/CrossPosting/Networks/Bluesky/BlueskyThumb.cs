using SkiaSharp;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.Media;

namespace SopPublikasi.Module.CrossPosting.Networks.Bluesky;

/// <summary>
/// The card's thumbnail within Bluesky's blob limit: a cover that fits is sent as it is; a larger one is drawn in sRGB
/// at decreasing sizes (from its own size, at most 2000 px on the long edge, down to a quarter of that) and JPEG
/// qualities until it fits.
/// </summary>
public static class BlueskyThumb
{
    private const int LongestEdge = 2000;

    private static readonly (float Scale, int Quality)[] Steps = [(1f, 85), (0.8f, 80), (0.6f, 75), (0.45f, 70), (0.33f, 65), (0.25f, 60)];

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
        var largest = Math.Min(1f, LongestEdge / (float)Math.Max(width, height));
        using var decoded = Instagram.InstagramJpeg.Decode(codec, largest);
        foreach (var (step, quality) in Steps)
        {
            var scale = largest * step;
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
