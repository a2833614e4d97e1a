using SkiaSharp;

namespace SopPublikasi.Module.Media;

/// <summary>
/// What the server does to an uploaded photo: turn it upright (EXIF orientation), drop its metadata (a phone's
/// photo carries the GPS position of where it was taken), and make the resized WebP and JPEG variants.
/// Every output is encoded by SkiaSharp, which writes pixels only.
/// </summary>
public static class ImagePipeline
{
    /// <summary>The largest picture decoded: 64 megapixels (a 50 MP phone photo fits).</summary>
    public const long MaxPixels = 64_000_000;

    public sealed record Encoded(int Width, int Height, string Format, byte[] Bytes);

    /// <summary>What an upload becomes: the stored original (upright, no metadata) and its resized variants.</summary>
    public sealed record Processed(Encoded Original, IReadOnlyList<Encoded> Variants);

    /// <summary>
    /// Decodes once, then re-encodes the original in its own format (GIF is kept byte for byte: it may be animated
    /// and has no EXIF) and makes one WebP and one JPEG per width in <paramref name="widths"/> narrower than the
    /// image, plus one at the image's own width when it is narrower than the widest (an image is never enlarged).
    /// </summary>
    public static Processed Process(ReadOnlySpan<byte> image, string contentType, IReadOnlyList<int> widths, int jpegQuality, int webpQuality)
    {
        ArgumentNullException.ThrowIfNull(widths);
        using var source = DecodeUpright(image);
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
            using var resized = width == source.Width ? source.Copy() : source.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
            variants.Add(new Encoded(width, height, ImageFormats.WebP, Encode(resized, SKEncodedImageFormat.Webp, webpQuality)));
            variants.Add(new Encoded(width, height, ImageFormats.Jpeg, Encode(resized, SKEncodedImageFormat.Jpeg, jpegQuality)));
        }

        return new Processed(original, variants);
    }

    /// <summary>Decodes and applies the EXIF orientation, so that the pixels are the way the photographer saw them.</summary>
    private static SKBitmap DecodeUpright(ReadOnlySpan<byte> image)
    {
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data) ?? throw new UploadRejectedException("Gambar rusak atau tidak dapat dibaca.");
        if (codec.Info.Width <= 0 || codec.Info.Height <= 0 || (long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            // Checked before decoding: a few bytes can claim a picture of gigabytes (decompression bomb).
            throw new UploadRejectedException($"Ukuran gambar {codec.Info.Width} × {codec.Info.Height} piksel tidak dapat diterima (paling banyak {MaxPixels / 1_000_000} megapiksel).");
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
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
