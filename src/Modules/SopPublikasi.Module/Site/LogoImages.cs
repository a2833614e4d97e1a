using SkiaSharp;

namespace SopPublikasi.Module.Site;

/// <summary>
/// The pictures made from the office's logo (or, without one, from a plain default emblem), all drawn by SkiaSharp:
/// square icons (favicon, app icons, the header), the favicon as a real ICO file, and the Open Graph fallback image.
/// A logo of any aspect ratio is fitted inside, never cropped or stretched.
/// </summary>
public static class LogoImages
{
    /// <summary>The site's green (site.css <c>--brand</c>).</summary>
    public static readonly SKColor Brand = new(0x0B, 0x5D, 0x3B);

    /// <summary>The pictures served, by file name: size (a square side, or the Open Graph width) and what each is for.</summary>
    public static readonly IReadOnlyDictionary<string, (int Width, int Height)> Names = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["logo-96.png"] = (96, 96),       // the public header and the kop surat (shown at 48 px and 2 cm)
        ["ikon-32.png"] = (32, 32),       // <link rel="icon">
        ["ikon-180.png"] = (180, 180),    // apple-touch-icon (opaque: iOS puts black behind transparency)
        ["ikon-192.png"] = (192, 192),    // web app manifest
        ["ikon-512.png"] = (512, 512),    // web app manifest, NewsArticle publisher.logo
        ["og.png"] = (OpenGraphWidth, OpenGraphHeight), // link previews of pages without their own picture
    };

    public const int OpenGraphWidth = 1200;

    public const int OpenGraphHeight = 630;

    /// <summary>Renders <paramref name="name"/> (a key of <see cref="Names"/>) from <paramref name="logo"/> (null: the default emblem).</summary>
    public static byte[] Render(string name, SKBitmap? logo) => name switch
    {
        "og.png" => OpenGraph(logo),
        "ikon-180.png" => Square(logo, 180, SKColors.White, 0.1f),
        _ when Names.TryGetValue(name, out var size) => Square(logo, size.Width, SKColors.Transparent, name == "logo-96.png" ? 0f : 0.06f),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a logo picture."),
    };

    /// <summary>A Windows icon file holding 16, 32 and 48 px PNG images (PNG inside ICO: every browser reads it).</summary>
    public static byte[] Ico(SKBitmap? logo)
    {
        int[] sizes = [16, 32, 48];
        var images = sizes.Select(s => Square(logo, s, SKColors.Transparent, 0f)).ToArray();
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write((ushort)0);           // reserved
        writer.Write((ushort)1);           // type: icon
        writer.Write((ushort)sizes.Length); // count
        var offset = 6 + (16 * sizes.Length);
        for (var i = 0; i < sizes.Length; i++)
        {
            writer.Write((byte)sizes[i]);  // width
            writer.Write((byte)sizes[i]);  // height
            writer.Write((byte)0);         // palette
            writer.Write((byte)0);         // reserved
            writer.Write((ushort)1);       // colour planes
            writer.Write((ushort)32);      // bits per pixel
            writer.Write(images[i].Length);
            writer.Write(offset);
            offset += images[i].Length;
        }

        foreach (var image in images)
        {
            writer.Write(image);
        }

        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>Decodes a stored logo (PNG, JPEG, WebP or GIF, already checked on upload); null when it cannot be read.</summary>
    public static SKBitmap? Decode(byte[] bytes)
    {
        var bitmap = SKBitmap.Decode(bytes);
        return bitmap is { Width: > 0, Height: > 0 } ? bitmap : null;
    }

    private static byte[] Square(SKBitmap? logo, int size, SKColor background, float padding)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(background);
            var inset = size * padding;
            Draw(canvas, logo, SKRect.Create(inset, inset, size - (2 * inset), size - (2 * inset)));
        }

        return Png(bitmap);
    }

    private static byte[] OpenGraph(SKBitmap? logo)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(OpenGraphWidth, OpenGraphHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0xF6, 0xF7, 0xF9));
            using var band = new SKPaint { Color = Brand };
            canvas.DrawRect(0, OpenGraphHeight - 48, OpenGraphWidth, 48, band);
            const float side = 420;
            Draw(canvas, logo, SKRect.Create((OpenGraphWidth - side) / 2, (OpenGraphHeight - 48 - side) / 2, side, side));
        }

        return Png(bitmap);
    }

    /// <summary>Draws the logo fitted and centred in <paramref name="box"/>, or the default emblem filling it.</summary>
    private static void Draw(SKCanvas canvas, SKBitmap? logo, SKRect box)
    {
        if (logo is null)
        {
            DefaultEmblem(canvas, box);
            return;
        }

        var scale = Math.Min(box.Width / logo.Width, box.Height / logo.Height);
        var (w, h) = (logo.Width * scale, logo.Height * scale);
        var target = SKRect.Create(box.MidX - (w / 2), box.MidY - (h / 2), w, h);
        using var image = SKImage.FromBitmap(logo);
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, target, new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
    }

    /// <summary>Without a logo: a green rounded square with a white pendopo (roof, beam and pillars), the office's building.</summary>
    public static void DefaultEmblem(SKCanvas canvas, SKRect box)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var unit = box.Width / 16f;
        using var fill = new SKPaint { Color = Brand, IsAntialias = true };
        canvas.DrawRoundRect(box, unit * 3, unit * 3, fill);
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        SKPoint P(float x, float y) => new(box.Left + (x * unit), box.Top + (y * unit));
        using (var roof = new SKPathBuilder())
        {
            roof.MoveTo(P(8, 2.6f));
            roof.LineTo(P(14, 7));
            roof.LineTo(P(2, 7));
            roof.Close();
            using var path = roof.Detach();
            canvas.DrawPath(path, white);
        }

        canvas.DrawRect(SKRect.Create(P(3, 7.6f), new SKSize(10 * unit, 1.1f * unit)), white);
        foreach (var x in new[] { 3.6f, 6.4f, 8.9f, 11.4f })
        {
            canvas.DrawRect(SKRect.Create(P(x, 8.7f), new SKSize(1 * unit, 3.8f * unit)), white);
        }

        canvas.DrawRect(SKRect.Create(P(2.4f, 12.5f), new SKSize(11.2f * unit, 1.2f * unit)), white);
    }

    private static byte[] Png(SKBitmap bitmap)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100) ?? throw new InvalidOperationException("SkiaSharp could not encode PNG.");
        return data.ToArray();
    }
}
