using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SopPublikasi.IntegrationTests.Infrastructure.Fakes;

/// <summary>The Graph API's token check and error shapes, shared by the Facebook and Instagram fakes.</summary>
public static class GraphFake
{
    public const string Token = "uji-page-token";

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
