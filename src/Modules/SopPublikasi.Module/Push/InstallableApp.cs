using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Push;

/// <summary>
/// What makes the admin installable on a phone: the web app manifest, the service worker at the root (scope /), the
/// offline page it falls back to, and the app icons at stable addresses (the office's logo, drawn by Site).
/// </summary>
public static class InstallableApp
{
    public const string ThemeColour = "#0b5d3b";

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
        // Stable addresses for the manifest and the service worker (which caches one icon and shows it on each push):
        // the office's logo from Site (the default emblem without one), never a picture of our own.
        routes.MapGet("/ikon-{size:int}.png", async (int size, SiteLogo logo, HttpContext http, CancellationToken ct) =>
        {
            if (size is not (192 or 512))
            {
                return Results.NotFound();
            }

            var (_, bytes) = await logo.PictureAsync($"ikon-{size}.png", ct);
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(bytes, "image/png");
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
            },
        };
        return JsonSerializer.Serialize(manifest);
    }

    private static string Asset(string name)
    {
        using var stream = typeof(InstallableApp).Assembly.GetManifestResourceStream("SopPublikasi.Module.Push.Assets." + name)
            ?? throw new InvalidOperationException($"Embedded asset {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
