using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Site;

/// <summary>
/// What an unexpected failure looks like outside Development: the API answers problem+json, the site its own error
/// page, both in Indonesian and without any detail of the exception. A database that cannot be reached is 503 with
/// Retry-After (the request may simply be tried again); anything else is 500.
/// </summary>
public static class ErrorResponses
{
    /// <summary>Seconds a client is asked to wait before trying again while the database is away.</summary>
    public const int RetryAfterSeconds = 5;

    public const string UnavailableTitle = "Layanan sementara tidak tersedia.";

    public const string UnavailableDetail = "Basis data sedang tidak dapat dihubungi. Coba lagi dalam beberapa detik.";

    public static void UseSopErrorResponses(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(
            http => http.Request.Path.StartsWithSegments("/api"),
            api => api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusFor }));
        app.UseWhen(
            http => !http.Request.Path.StartsWithSegments("/api"),
            site => site.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/status/500", StatusCodeSelector = StatusFor }));
    }

    /// <summary>Indonesian titles for the API's failure answers (problem details written by the exception handler).</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        if (context.Exception is null)
        {
            return;
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            problem.Title = UnavailableTitle;
            problem.Detail = UnavailableDetail;
            SetRetryAfter(context.HttpContext.Response);
        }
        else if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            problem.Title = "Terjadi gangguan pada server.";
            problem.Detail = "Permintaan tidak dapat diselesaikan. Coba lagi nanti.";
        }
    }

    public static void SetRetryAfter(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers[HeaderNames.RetryAfter] = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
    }

    private static int StatusFor(Exception error) =>
        DatabaseFailures.IsUnavailable(error) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
}
