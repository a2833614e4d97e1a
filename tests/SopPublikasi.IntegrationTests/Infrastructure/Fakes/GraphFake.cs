using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SopPublikasi.IntegrationTests.Infrastructure.Fakes;

/// <summary>The Graph API's token check and error shapes, shared by the Facebook and Instagram fakes.</summary>
public static class GraphFake
{
    public const string Token = "uji-page-token";

    /// <summary>
    /// The version segment a Graph call starts with ("/v26.0/…"): recorded with <paramref name="seen"/> and taken off
    /// the path before routing. A call without one is served as the Graph API serves it (the app's default version)
    /// and recorded as "(none)", so a test can tell the client did not send the configured version.
    /// </summary>
    public static void UseVersions(WebApplication app, Action<string> seen)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (http, next) =>
        {
            var segments = http.Request.Path.Value?.Split('/', 3) ?? [];
            if (segments.Length < 3 || !System.Text.RegularExpressions.Regex.IsMatch(segments[1], @"\Av[0-9]+\.[0-9]+\z"))
            {
                seen("(none)");
            }
            else
            {
                seen(segments[1]);
                http.Request.Path = "/" + segments[2];
            }

            await next(http);
        });
        app.UseRouting();
    }

    public static bool Authorized(HttpContext http) => http.Request.Headers.Authorization.ToString() == "Bearer " + Token;

    /// <summary>Refuses (through <paramref name="refuse"/>, which counts it) every request without the Page token, as the Graph API does: code 190.</summary>
    public static void RequireToken(WebApplication app, Func<IResult, IResult> refuse) =>
        app.Use(async (http, next) =>
        {
            if (!Authorized(http))
            {
                await refuse(Error(400, 190, "Invalid OAuth access token - Cannot parse access token")).ExecuteAsync(http);
                return;
            }

            await next(http);
        });

    public static IResult Error(int status, int code, string message, string type = "OAuthException", int? subcode = null) =>
        Results.Json(new { error = new { message, type, code, error_subcode = subcode, fbtrace_id = "AbCdEf123" } }, statusCode: status);

    /// <summary>Graph's answer to an object it cannot load for this token: code 100, subcode 33 (it does not say which).</summary>
    public static IResult Unsupported(string method, string id) =>
        Error(400, 100, $"Unsupported {method} request. Object with ID '{id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api", "GraphMethodException", 33);

    public static IResult TokenExpired() =>
        Error(400, 190, "Error validating access token: Session has expired on Tuesday, 24-Nov-26 10:00:00 PST.", subcode: 463);

    public static IResult RateLimited(HttpContext http, DateTimeOffset reset)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling((reset - DateTimeOffset.UtcNow).TotalMinutes));
        http.Response.Headers["X-Business-Use-Case-Usage"] =
            $$"""{"1234567890":[{"type":"pages","call_count":100,"total_cputime":10,"total_time":10,"estimated_time_to_regain_access":{{minutes.ToString(CultureInfo.InvariantCulture)}}}]}""";
        return Error(400, 4, "(#4) Application request limit reached", "OAuthException");
    }
}
