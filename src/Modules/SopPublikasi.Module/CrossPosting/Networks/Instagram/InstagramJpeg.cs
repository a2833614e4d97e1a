using SkiaSharp;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.Media;

namespace SopPublikasi.Module.CrossPosting.Networks.Instagram;

/// <summary>
/// Makes the JPEG Instagram accepts from any cover: cropped and scaled as <see cref="InstagramImageRules"/> plans
/// (4:5 to 1.91:1, 320-1440 px wide), drawn in sRGB, encoded as JPEG.
/// </summary>
/// <remarks>
/// The result is at most 1440 px wide, so the cover is not decoded whole when its codec can decode it smaller: its
/// size is read from the header (and refused above the pixel budget, for files stored before the budget), then it
/// is decoded at the smallest of the codec's scales (JPEG: 1/8 steps; WebP: any) that still covers the crop at the
/// target size. PNG and GIF decode only at full size.
/// </remarks>
public static class InstagramJpeg
{
    public static byte[] Create(ReadOnlySpan<byte> source, InstagramLimits limits, int quality = 85, long maxPixels = ImagePipeline.DefaultMaxPixels)
    {
        using var data = SKData.CreateCopy(source);
        using var codec = SKCodec.Create(data) ?? throw new InvalidOperationException("Gambar tidak dapat dibaca.");
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        ImagePipeline.EnsureWithinBudget(width, height, maxPixels);
        var plan = InstagramImageRules.Plan(width, height, limits);

        using var decoded = Decode(codec, DecodeScale(plan));
        var factor = decoded.Width / (float)width;
        var info = new SKImageInfo(plan.TargetWidth, plan.TargetHeight, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Kanvas gambar tidak dapat dibuat.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var image = SKImage.FromBitmap(decoded);
        canvas.DrawImage(
            image,
            SKRect.Create(plan.CropX * factor, plan.CropY * factor, plan.CropWidth * factor, plan.CropHeight * factor),
            SKRect.Create(0, 0, plan.TargetWidth, plan.TargetHeight),
            new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var snapshot = surface.Snapshot();
        using var jpeg = snapshot.Encode(SKEncodedImageFormat.Jpeg, quality);
        return jpeg.ToArray();
    }

    /// <summary>The scale at which the crop is exactly the target's size (1 when the target is larger: never enlarged by decoding).</summary>
    public static float DecodeScale(ImageCropPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Math.Min(1f, Math.Max(plan.TargetWidth / (float)plan.CropWidth, plan.TargetHeight / (float)plan.CropHeight));
    }

    /// <summary>
    /// Decodes at the smallest size the codec supports that is at least <paramref name="scale"/> of the original (the
    /// full size if it supports none). A codec rounds a scale to its nearest step, which may be below the one asked
    /// for (JPEG: 0.18 gives 1/8), so the steps k/8 above it are tried until one covers the asked size.
    /// </summary>
    public static SKBitmap Decode(SKCodec codec, float scale)
    {
        ArgumentNullException.ThrowIfNull(codec);
        var full = codec.Info.Size;
        var size = full;
        if (scale < 1f)
        {
            var (needWidth, needHeight) = ((int)Math.Floor(full.Width * scale), (int)Math.Floor(full.Height * scale));
            foreach (var candidate in Enumerable.Range(1, 8).Select(k => k / 8f).Where(c => c > scale).Prepend(scale))
            {
                var scaled = codec.GetScaledDimensions(candidate);
                if (scaled.Width >= needWidth && scaled.Height >= needHeight)
                {
                    size = scaled;
                    break;
                }
            }
        }

        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result == SKCodecResult.InvalidScale && size != codec.Info.Size)
        {
            bitmap.Dispose();
            return Decode(codec, 1f);
        }

        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            bitmap.Dispose();
            throw new InvalidOperationException("Gambar tidak dapat dibaca.");
        }

        return bitmap;
    }
}
