using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace SopPublikasi.Module.Security;

/// <summary>
/// Security headers on every response: a strict Content-Security-Policy (no inline script or style, no plug-ins,
/// no framing), nosniff, a referrer policy, a permissions policy, and HSTS outside Development. Only the API
/// reference page under /scalar gets a relaxed policy, because its bundle configures itself with inline script.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>The API reference (Scalar) only: inline bootstrap script and styles, fonts and images from its CDN.</summary>
    public const string ScalarContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.scalar.com; " +
        "img-src 'self' data: https:; font-src 'self' data: https://cdn.jsdelivr.net https://fonts.scalar.com; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Uploaded files opened on their own: nothing in them runs, even if a browser took one for a page.</summary>
    public const string UploadContentSecurityPolicy = "default-src 'none'; img-src 'self'; sandbox";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public static IApplicationBuilder UseSopSecurityHeaders(this IApplicationBuilder app, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(environment);
        var hsts = !environment.IsDevelopment();
        return app.Use((http, next) =>
        {
            // Set before the response starts, so that error pages, redirects and static files carry them too.
            http.Response.OnStarting(() =>
            {
                Apply(http, hsts);
                return Task.CompletedTask;
            });
            return next(http);
        });
    }

    private static void Apply(HttpContext http, bool hsts)
    {
        var headers = http.Response.Headers;
        if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
        {
            // An endpoint may set a stricter policy of its own (uploaded files: sandboxed).
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/scalar") ? ScalarContentSecurityPolicy : ContentSecurityPolicy;
        }

        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        if (string.IsNullOrEmpty(headers["Referrer-Policy"]))
        {
            // A page may send less of its address (a preview link's token: none).
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        }

        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (hsts)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }
    }
}
