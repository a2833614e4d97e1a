using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Api;

/// <summary>The API's token policy and its answer to unreadable bodies (the pipeline uses it before any endpoint).</summary>
public static class ApiRegistration
{
    public const string Policy = "ApiToken";

    /// <summary>A body that is not valid JSON, or a value of the wrong type: 400 problem+json naming the field.</summary>
    public static async Task HandleUnreadableBody(HttpContext http, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next();
        }
        catch (BadHttpRequestException ex) when (!http.Response.HasStarted)
        {
            var json = ex.InnerException as JsonException;
            var parameter = System.Text.RegularExpressions.Regex.Match(ex.Message, "parameter \"(?:[^\" ]+ )?(\\w+)\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
            ProblemHttpResult problem = json is { Path: { Length: > 1 } path, InnerException: null }
                ? ApiProblems.Invalid(new Dictionary<string, string[]> { [path.TrimStart('$', '.')] = ["Nilai tidak valid untuk kolom ini."] }, StatusCodes.Status400BadRequest, "Isi permintaan tidak dapat dibaca.")
                : json is null && parameter.Success
                    ? ApiProblems.Invalid(new Dictionary<string, string[]> { [parameter.Groups[1].Value] = ["Nilai tidak valid."] }, StatusCodes.Status400BadRequest, "Parameter tidak valid.")
                    : ApiProblems.Problem(StatusCodes.Status400BadRequest, "Isi permintaan tidak dapat dibaca.", json is null ? "Permintaan tidak lengkap atau tidak valid." : "Isi permintaan bukan JSON yang valid.");
            await problem.ExecuteAsync(http);
        }
    }
}
