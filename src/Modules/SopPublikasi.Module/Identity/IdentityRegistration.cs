using Microsoft.AspNetCore.Http;

namespace SopPublikasi.Module.Identity;

/// <summary>The names of the editor policy and the login rate limit, and the API-aware sign-in redirect (see <see cref="Startup"/>).</summary>
public static class IdentityRegistration
{
    public const string EditorPolicy = "Editor";

    /// <summary>Rate limiter policy of the sign-in form's post.</summary>
    public const string LoginRateLimitPolicy = "login";

    internal static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
