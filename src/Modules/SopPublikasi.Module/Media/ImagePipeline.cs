using SkiaSharp;

namespace SopPublikasi.Module.Media;

/// <summary>
/// What the server does to an uploaded photo: turn it upright (EXIF orientation), drop its metadata (a phone's
/// photo carries the GPS position of where it was taken), and make the resized WebP and JPEG variants.
/// Every output is encoded by SkiaSharp, which writes pixels only.
/// </summary>
/// <remarks>
/// Memory is bounded by the picture's size, never by the file's: a few kilobytes of PNG can claim 8000×8000 pixels,
/// 256 MB once decoded to RGBA. So the size is read from the header (<see cref="Measure"/>) and a picture above the
/// pixel budget (Media:MaxImagePixels) is refused before any pixel buffer exists; within it, one decode of 4 bytes
/// per pixel is the largest buffer (an opaque picture is decoded opaque, so JPEG output needs no flattened copy),
/// and <see cref="ImageWork"/> bounds how many run at once.
/// </remarks>
public static class ImagePipeline
{
    /// <summary>The default pixel budget: 50 megapixels (a 50 MP phone photo, 8160×6120, fits; 8000×8000 does not).</summary>
    public const long DefaultMaxPixels = 50_000_000;

    public sealed record Encoded(int Width, int Height, string Format, byte[] Bytes);

    /// <summary>What an upload becomes: the stored original (upright, no metadata) and its resized variants.</summary>
    public sealed record Processed(Encoded Original, IReadOnlyList<Encoded> Variants);

    /// <summary>
    /// Decodes once, then re-encodes the original in its own format (GIF is kept byte for byte: it may be animated
    /// and has no EXIF) and makes one WebP and one JPEG per width in <paramref name="widths"/> narrower than the
    /// image, plus one at the image's own width when it is narrower than the widest (an image is never enlarged).
    /// </summary>
    public static Processed Process(ReadOnlySpan<byte> image, string contentType, IReadOnlyList<int> widths, int jpegQuality, int webpQuality, long maxPixels = DefaultMaxPixels)
    {
        ArgumentNullException.ThrowIfNull(widths);
        using var source = DecodeUpright(image, maxPixels);
        var original = contentType switch
        {
            "image/gif" => new Encoded(source.Width, source.Height, "gif", image.ToArray()),
            "image/png" => new Encoded(source.Width, source.Height, "png", Encode(source, SKEncodedImageFormat.Png, 100)),
            "image/webp" => new Encoded(source.Width, source.Height, ImageFormats.WebP, Encode(source, SKEncodedImageFormat.Webp, webpQuality)),
            _ => new Encoded(source.Width, source.Height, ImageFormats.Jpeg, Encode(source, SKEncodedImageFormat.Jpeg, jpegQuality)),
        };

        var targets = widths.Where(w => w < source.Width).ToList();
        if (targets.Count < widths.Count)
        {
            targets.Add(Math.Min(source.Width, widths.Max()));
        }

        var variants = new List<Encoded>();
        foreach (var width in targets.Distinct().Order())
        {
            var height = Math.Max(1, (int)Math.Round(source.Height * (double)width / source.Width));
            using var resized = width == source.Width ? null : source.Resize(new SKImageInfo(width, height, source.ColorType, source.AlphaType, source.ColorSpace), new SKSamplingOptions(SKCubicResampler.Mitchell));
            variants.Add(new Encoded(width, height, ImageFormats.WebP, Encode(resized ?? source, SKEncodedImageFormat.Webp, webpQuality)));
            variants.Add(new Encoded(width, height, ImageFormats.Jpeg, Encode(resized ?? source, SKEncodedImageFormat.Jpeg, jpegQuality)));
        }

        return new Processed(original, variants);
    }

    /// <summary>
    /// The picture's size as its header states it, read without decoding a pixel; throws
    /// <see cref="UploadRejectedException"/> when it is unreadable or above <paramref name="maxPixels"/>.
    /// </summary>
    public static SKSizeI Measure(ReadOnlySpan<byte> image, long maxPixels)
    {
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data) ?? throw new UploadRejectedException("Gambar rusak atau tidak dapat dibaca.");
        EnsureWithinBudget(codec.Info.Width, codec.Info.Height, maxPixels);
        return new SKSizeI(codec.Info.Width, codec.Info.Height);
    }

    /// <summary>Refuses a picture above the pixel budget (a decompression bomb), with its size in the message.</summary>
    public static void EnsureWithinBudget(int width, int height, long maxPixels)
    {
        if (width <= 0 || height <= 0 || (long)width * height > maxPixels)
        {
            var megapixels = ((long)Math.Max(width, 0) * Math.Max(height, 0) / 1_000_000d).ToString("0.#", Common.IndonesianTime.Culture);
            var budget = (maxPixels / 1_000_000d).ToString("0.#", Common.IndonesianTime.Culture);
            throw new UploadRejectedException(
                $"Ukuran gambar {width} × {height} piksel ({megapixels} megapiksel) melebihi batas {budget} megapiksel. Perkecil gambarnya lalu unggah lagi.");
        }
    }

    /// <summary>Decodes and applies the EXIF orientation, so that the pixels are the way the photographer saw them.</summary>
    private static SKBitmap DecodeUpright(ReadOnlySpan<byte> image, long maxPixels)
    {
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data) ?? throw new UploadRejectedException("Gambar rusak atau tidak dapat dibaca.");

        // Checked before decoding: a few bytes can claim a picture of gigabytes (decompression bomb).
        EnsureWithinBudget(codec.Info.Width, codec.Info.Height, maxPixels);

        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb());
        var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            decoded.Dispose();
            throw new UploadRejectedException("Gambar rusak atau tidak dapat dibaca.");
        }

        return Orient(decoded, codec.EncodedOrigin);
    }

    private static SKBitmap Orient(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return bitmap;
        }

        var (w, h) = (bitmap.Width, bitmap.Height);
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var upright = new SKBitmap(new SKImageInfo(swap ? h : w, swap ? w : h, bitmap.ColorType, bitmap.AlphaType, bitmap.ColorSpace));
        using (var canvas = new SKCanvas(upright))
        {
            switch (origin)
            {
                case SKEncodedOrigin.TopRight: canvas.Translate(w, 0); canvas.Scale(-1, 1); break;
                case SKEncodedOrigin.BottomRight: canvas.Translate(w, h); canvas.RotateDegrees(180); break;
                case SKEncodedOrigin.BottomLeft: canvas.Translate(0, h); canvas.Scale(1, -1); break;
                case SKEncodedOrigin.LeftTop: canvas.RotateDegrees(90); canvas.Scale(1, -1); break;
                case SKEncodedOrigin.RightTop: canvas.Translate(h, 0); canvas.RotateDegrees(90); break;
                case SKEncodedOrigin.RightBottom: canvas.Translate(h, w); canvas.RotateDegrees(90); canvas.Scale(-1, 1); break;
                case SKEncodedOrigin.LeftBottom: canvas.Translate(0, w); canvas.RotateDegrees(270); break;
            }

            DrawAt(canvas, bitmap);
        }

        bitmap.Dispose();
        return upright;
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        if (format == SKEncodedImageFormat.Jpeg && bitmap.AlphaType != SKAlphaType.Opaque)
        {
            // JPEG has no transparency: flatten onto white, as a reader would expect a logo on a page to look.
            using var flat = new SKBitmap(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Opaque, bitmap.ColorSpace));
            using (var canvas = new SKCanvas(flat))
            {
                canvas.Clear(SKColors.White);
                DrawAt(canvas, bitmap);
            }

            return EncodeAs(flat, format, quality);
        }

        return EncodeAs(bitmap, format, quality);
    }

    private static void DrawAt(SKCanvas canvas, SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
    }

    private static byte[] EncodeAs(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var data = bitmap.Encode(format, quality) ?? throw new InvalidOperationException($"SkiaSharp could not encode {format}.");
        return data.ToArray();
    }
}
