using SkiaSharp;

namespace SopPublikasi.Module.Demo;

/// <summary>
/// Illustrations for the demo articles, drawn at start-up (no image files in the repository): a landscape of
/// hills under a sky, in colours chosen per article. They go through the same upload pipeline as a real photo.
/// </summary>
public static class DemoPictures
{
    private static readonly (SKColor Sky, SKColor Hill, SKColor Field)[] Palettes =
    [
        (new SKColor(0x9F, 0xD3, 0xF0), new SKColor(0x2E, 0x7D, 0x4F), new SKColor(0xC8, 0xA2, 0x4B)),
        (new SKColor(0xF6, 0xC9, 0x8B), new SKColor(0x5B, 0x6B, 0x3A), new SKColor(0x8C, 0x4A, 0x2F)),
        (new SKColor(0xB8, 0xC6, 0xDB), new SKColor(0x24, 0x5E, 0x6E), new SKColor(0x6E, 0x8B, 0x3D)),
    ];

    public static byte[] Landscape(int index, int width = 1800, int height = 1000)
    {
        var (sky, hill, field) = Palettes[index % Palettes.Length];
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var skyPaint = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height * 0.6f), [sky, SKColors.White], SKShaderTileMode.Clamp) };
            canvas.DrawRect(0, 0, width, height, skyPaint);
            using var sun = new SKPaint { Color = new SKColor(0xFF, 0xE0, 0x82), IsAntialias = true };
            canvas.DrawCircle(width * (0.2f + (0.25f * index)), height * 0.22f, height * 0.09f, sun);
            DrawHill(canvas, width, height, 0.55f, hill.WithAlpha(160));
            DrawHill(canvas, width, height, 0.68f, hill);
            using var fieldPaint = new SKPaint { Color = field, IsAntialias = true };
            canvas.DrawRect(0, height * 0.82f, width, height * 0.18f, fieldPaint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    private static void DrawHill(SKCanvas canvas, int width, int height, float level, SKColor color)
    {
        using var builder = new SKPathBuilder();
        builder.MoveTo(0, height);
        builder.LineTo(0, height * level);
        builder.CubicTo(width * 0.3f, height * (level - 0.2f), width * 0.6f, height * (level + 0.12f), width, height * (level - 0.08f));
        builder.LineTo(width, height);
        builder.Close();
        using var path = builder.Detach();
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawPath(path, paint);
    }
}
