using Microsoft.AspNetCore.Http;

namespace SopPublikasi.Module.Pratinjau;

/// <summary>What every preview answer carries: never indexed, never kept by a shared cache, no address sent onwards.</summary>
public static class PreviewHeaders
{
    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        response.Headers.CacheControl = "private, no-store";
        // A link clicked in the preview must not carry the preview's address (and its token) to another site.
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
