using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>
/// The private pages (what the requester sees with the code: the success page, tracking, objection): not stored by
/// caches or the browser, not indexed, no address leaking to another site through the Referer, and not compressed
/// (the page reflects what was typed next to what is secret: BREACH).
/// </summary>
public static class PpidHeaders
{
    public static void Private(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        headers["Referrer-Policy"] = "no-referrer";
        if (http.Features.Get<IHttpsCompressionFeature>() is { } compression)
        {
            compression.Mode = HttpsCompressionMode.DoNotCompress;
        }
    }
}
