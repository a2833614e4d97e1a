using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopPublikasi.Module.Data.Idempotency;

namespace SopPublikasi.Module.Site.Forms;

/// <summary>
/// A second submit of the same admin form lands on the first one's result. Each admin form carries a one-time token
/// (<see cref="Common.FormTokenTagHelper"/>); the first POST with it claims it (<see cref="IdempotencyStore"/>) and, when
/// the handler answers with a redirect (the form's work is done), records where it went. A second POST with the same
/// token waits for the first and is sent to the same place; nothing is created twice. A refused submit (the page
/// shown again with errors) frees the token, and the page it shows carries a new one anyway.
/// </summary>
public sealed class OnceOnlyForms(IdempotencyStore store) : IAsyncPageFilter, IAsyncAlwaysRunResultFilter
{
    public const string Field = Common.FormTokenTagHelper.Field;

    private static readonly object ClaimedKey = new();

    /// <summary>How long a submitted form's token is remembered.</summary>
    public static readonly TimeSpan Keep = TimeSpan.FromHours(24);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var key = Key(http);
        if (key is null)
        {
            await next();
            return;
        }

        var hash = IdempotencyStore.Hash(http.Request.Path, http.Request.QueryString.Value ?? string.Empty);
        var claim = await store.ClaimAsync(key, hash, Keep, TimeSpan.FromSeconds(20), http.RequestAborted);
        switch (claim.Outcome)
        {
            case ClaimOutcome.Replay when claim.First?.Location is { } location:
                if (context.HandlerInstance is PageModel page)
                {
                    page.TempData["Pesan"] = "Formulir ini sudah terkirim sebelumnya; berikut hasil kiriman pertama.";
                }

                context.Result = new LocalRedirectResult(location);
                return;
            case ClaimOutcome.Replay or ClaimOutcome.InProgress:
                context.Result = new ConflictObjectResult("Formulir ini sedang atau sudah diproses. Muat ulang halaman untuk melihat hasilnya.");
                return;
            case ClaimOutcome.Mismatch:
                context.Result = new BadRequestObjectResult("Token formulir ini milik formulir lain. Muat ulang halaman lalu kirim lagi.");
                return;
        }

        http.Items[ClaimedKey] = key;
        try
        {
            var executed = await next();
            if (executed.Exception is not null && !executed.ExceptionHandled)
            {
                await ReleaseAsync(http);
            }
        }
        catch
        {
            await ReleaseAsync(http);
            throw;
        }
    }

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next();
        var http = context.HttpContext;
        if (http.Items[ClaimedKey] is not string key)
        {
            return;
        }

        http.Items.Remove(ClaimedKey);
        var location = http.Response.Headers.Location.ToString();
        if (http.Response.StatusCode is >= 300 and < 400 && location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal))
        {
            await store.CompleteAsync(key, http.Response.StatusCode, location, null, null, CancellationToken.None);
        }
        else
        {
            await store.ReleaseAsync(key);
        }
    }

    private static string? Key(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.HasFormContentType || http.User.Identity?.IsAuthenticated != true
            || !http.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = http.Request.Form[Field].ToString();
        var user = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return token.Length is > 0 and <= 64 && user is not null ? $"form:{user}:{token}" : null;
    }

    private async Task ReleaseAsync(HttpContext http)
    {
        if (http.Items[ClaimedKey] is string key)
        {
            http.Items.Remove(ClaimedKey);
            await store.ReleaseAsync(key);
        }
    }
}
