using SkiaSharp;

namespace SopPublikasi.Module.Demo;

/// <summary>
/// The demo office's logo, drawn at seed time (an original drawing, not a copy of any real coat of arms): a green
/// shield with a gold border, a mountain, a five-pointed star and a band of rice grains. Uploaded through the site
/// settings' logo path like an administrator's PNG.
/// </summary>
public static class DemoLogo
{
    public static byte[] Png(int size = 512)
    {
        var green = new SKColor(0x0B, 0x5D, 0x3B);
        var gold = new SKColor(0xE0, 0xB0, 0x2E);
        using var bitmap = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            var u = size / 100f;
            SKPoint P(float x, float y) => new(x * u, y * u);

            using var shieldBuilder = new SKPathBuilder();
            shieldBuilder.MoveTo(P(14, 8));
            shieldBuilder.LineTo(P(86, 8));
            shieldBuilder.LineTo(P(86, 52));
            shieldBuilder.CubicTo(P(86, 74), P(68, 88), P(50, 95));
            shieldBuilder.CubicTo(P(32, 88), P(14, 74), P(14, 52));
            shieldBuilder.Close();
            using var shield = shieldBuilder.Detach();
            using var fill = new SKPaint { Color = green, IsAntialias = true };
            using var border = new SKPaint { Color = gold, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 4 * u, StrokeJoin = SKStrokeJoin.Round };
            canvas.DrawPath(shield, fill);
            canvas.DrawPath(shield, border);

            // A mountain under a star.
            using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
            using var mountainBuilder = new SKPathBuilder();
            mountainBuilder.MoveTo(P(22, 62));
            mountainBuilder.LineTo(P(42, 36));
            mountainBuilder.LineTo(P(52, 48));
            mountainBuilder.LineTo(P(60, 40));
            mountainBuilder.LineTo(P(78, 62));
            mountainBuilder.Close();
            using var mountain = mountainBuilder.Detach();
            canvas.DrawPath(mountain, white);

            using var starPaint = new SKPaint { Color = gold, IsAntialias = true };
            using var starBuilder = new SKPathBuilder();
            for (var i = 0; i < 10; i++)
            {
                var radius = (i % 2 == 0 ? 8f : 3.4f) * u;
                var angle = (Math.PI / 5 * i) - (Math.PI / 2);
                var point = new SKPoint((50 * u) + (radius * (float)Math.Cos(angle)), (22 * u) + (radius * (float)Math.Sin(angle)));
                if (i == 0)
                {
                    starBuilder.MoveTo(point);
                }
                else
                {
                    starBuilder.LineTo(point);
                }
            }

            starBuilder.Close();
            using var star = starBuilder.Detach();
            canvas.DrawPath(star, starPaint);

            // A row of rice grains along the bottom of the field.
            for (var i = 0; i < 7; i++)
            {
                canvas.DrawOval(P(29 + (i * 7), 72), new SKSize(2.2f * u, 3.6f * u), starPaint);
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
