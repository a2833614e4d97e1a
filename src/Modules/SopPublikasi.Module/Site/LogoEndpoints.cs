using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace SopPublikasi.Module.Site;

/// <summary>
/// The logo's pictures: <c>/favicon.ico</c> and <c>/apple-touch-icon.png</c> at the addresses browsers ask for
/// unprompted (cached for an hour, revalidated by ETag), and every picture at a versioned address
/// <c>/ikon/{version}/{name}</c> cached for a year (a new logo has a new version). Never 404: without a logo, the
/// default emblem.
/// </summary>
public static class LogoEndpoints
{
    public static void MapLogo(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/favicon.ico", (HttpContext http, SiteLogo logo, CancellationToken ct) => ServeAsync(http, logo, "favicon.ico", null, ct))
            .ExcludeFromDescription();
        routes.MapGet("/apple-touch-icon.png", (HttpContext http, SiteLogo logo, CancellationToken ct) => ServeAsync(http, logo, "ikon-180.png", null, ct))
            .ExcludeFromDescription();
        routes.MapGet("/ikon/{version}/{name}", (string version, string name, HttpContext http, SiteLogo logo, CancellationToken ct) =>
                LogoImages.Names.ContainsKey(name) ? ServeAsync(http, logo, name, version, ct) : Task.FromResult(Results.NotFound()))
            .ExcludeFromDescription();
    }

    private static async Task<IResult> ServeAsync(HttpContext http, SiteLogo logo, string name, string? version, CancellationToken ct)
    {
        var (state, bytes) = await logo.PictureAsync(name, ct);
        var etag = new EntityTagHeaderValue($"\"{state.Version}-{name}\"");
        var headers = http.Response.GetTypedHeaders();

        // The versioned address of the current logo never changes its bytes; an old version's address answers with
        // the current logo, briefly cached, so that a page cached elsewhere still shows a logo.
        headers.CacheControl = version == state.Version
            ? new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromDays(365), Extensions = { new NameValueHeaderValue("immutable") } }
            : new CacheControlHeaderValue { Public = true, MaxAge = version is null ? TimeSpan.FromHours(1) : TimeSpan.FromMinutes(5) };
        headers.ETag = etag;
        if (http.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch && ifNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false) || t == EntityTagHeaderValue.Any))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(bytes, name.EndsWith(".ico", StringComparison.Ordinal) ? "image/x-icon" : "image/png");
    }
}
