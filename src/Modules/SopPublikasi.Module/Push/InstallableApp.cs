using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkiaSharp;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Push;

/// <summary>
/// What makes the admin installable on a phone: the web app manifest, the service worker at the root (scope /), the
/// offline page it falls back to, and the app icons (a default made here: the office's initials on its colour).
/// </summary>
public static class InstallableApp
{
    public const string ThemeColour = "#0b5d3b";

    private static readonly ConcurrentDictionary<(string Initials, int Size), byte[]> Icons = new();

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/manifest.webmanifest", async (SiteSettings settings, HttpContext http, CancellationToken ct) =>
        {
            var site = await settings.GetAsync(ct);
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Text(Manifest(site.Name), "application/manifest+json", Encoding.UTF8);
        }).ExcludeFromDescription();
        routes.MapGet("/sw.js", (HttpContext http) =>
        {
            // Browsers check the worker for updates; no-cache makes them ask every time instead of keeping an old one.
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers["Service-Worker-Allowed"] = "/";
            return Results.Text(Asset("sw.js"), "text/javascript", Encoding.UTF8);
        }).ExcludeFromDescription();
        routes.MapGet("/luring", async (SiteSettings settings, HttpContext http, CancellationToken ct) =>
        {
            var site = await settings.GetAsync(ct);
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Text(Asset("luring.html").Replace("{{NAMA}}", System.Net.WebUtility.HtmlEncode(site.Name), StringComparison.Ordinal), "text/html", Encoding.UTF8);
        }).ExcludeFromDescription();
        routes.MapGet("/ikon-{size:int}.png", async (int size, SiteSettings settings, HttpContext http, CancellationToken ct) =>
        {
            if (size is not (192 or 512))
            {
                return Results.NotFound();
            }

            var site = await settings.GetAsync(ct);
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.File(Icon(Initials(site.Name), size), "image/png");
        }).ExcludeFromDescription();
    }

    public static string Manifest(string siteName)
    {
        var manifest = new Dictionary<string, object>
        {
            ["name"] = $"Admin {siteName}",
            ["short_name"] = "Admin SOP",
            ["description"] = $"Tugas, disposisi, dan notifikasi publikasi {siteName}.",
            ["lang"] = "id",
            ["dir"] = "ltr",
            ["id"] = "/admin",
            ["start_url"] = "/admin",
            ["scope"] = "/",
            ["display"] = "standalone",
            ["orientation"] = "any",
            ["background_color"] = "#ffffff",
            ["theme_color"] = ThemeColour,
            ["icons"] = new object[]
            {
                new Dictionary<string, string> { ["src"] = "/ikon-192.png", ["sizes"] = "192x192", ["type"] = "image/png", ["purpose"] = "any" },
                new Dictionary<string, string> { ["src"] = "/ikon-512.png", ["sizes"] = "512x512", ["type"] = "image/png", ["purpose"] = "any" },
                new Dictionary<string, string> { ["src"] = "/ikon-512.png", ["sizes"] = "512x512", ["type"] = "image/png", ["purpose"] = "maskable" },
            },
        };
        return JsonSerializer.Serialize(manifest);
    }

    /// <summary>Up to two initials of the office's name, skipping the generic "Kecamatan" ("Kecamatan Jaten" → "KJ" is less telling than "J").</summary>
    public static string Initials(string name)
    {
        var words = (name ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => char.IsLetter(w[0]))
            .ToList();
        var telling = words.Where(w => !w.Equals("Kecamatan", StringComparison.OrdinalIgnoreCase) && !w.Equals("Kantor", StringComparison.OrdinalIgnoreCase)).ToList();
        var use = telling.Count > 0 ? telling : words;
        var initials = string.Concat(use.Take(2).Select(w => char.ToUpperInvariant(w[0])));
        return initials.Length > 0 ? initials : "S";
    }

    /// <summary>A square PNG: the initials in white on the site's green, with a margin that maskable icons need.</summary>
    public static byte[] Icon(string initials, int size) => Icons.GetOrAdd((initials, size), key =>
    {
        var info = new SKImageInfo(key.Size, key.Size, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColor.Parse(ThemeColour));
        using var typeface = SKTypeface.FromFamilyName(null, SKFontStyle.Bold) ?? SKTypeface.Default;
        using var font = new SKFont(typeface, key.Size * (key.Initials.Length > 1 ? 0.36f : 0.46f));
        using var paint = new SKPaint { Color = SKColors.White, IsAntialias = true };
        var width = font.MeasureText(key.Initials, paint);
        font.GetFontMetrics(out var metrics);
        var baseline = (key.Size / 2f) - ((metrics.Ascent + metrics.Descent) / 2f);
        canvas.DrawText(key.Initials, (key.Size - width) / 2f, baseline, SKTextAlign.Left, font, paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    });

    private static string Asset(string name)
    {
        using var stream = typeof(InstallableApp).Assembly.GetManifestResourceStream("SopPublikasi.Module.Push.Assets." + name)
            ?? throw new InvalidOperationException($"Embedded asset {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
