using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Identity;

/// <summary>
/// The sign-in cookie is good only while the person's security stamp is the one it was issued with, checked on every
/// request: signing out, a password reset, a deactivation and a change of roles each change the stamp, so every copy
/// of the cookie ends at once. One read of one column by primary key (a compiled query); Identity's own validator,
/// which rebuilds the whole principal (roles and claims: several queries) and re-issues the cookie, still runs
/// only every <see cref="AccountOptions.SessionCheckInterval"/>.
/// </summary>
public static class SessionStamps
{
    private static readonly Func<SopDbContext, string, Task<string?>> CurrentStamp =
        EF.CompileAsyncQuery((SopDbContext db, string id) => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefault());

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal?.Identity?.IsAuthenticated == true)
        {
            var services = context.HttpContext.RequestServices;
            var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
            var id = context.Principal.FindFirstValue(claims.UserIdClaimType);
            var stamp = context.Principal.FindFirstValue(claims.SecurityStampClaimType);
            string? current;
            try
            {
                current = id is null ? null : await CurrentStamp(services.GetRequiredService<SopDbContext>(), id);
            }
            catch (Exception ex) when (Common.DatabaseFailures.IsUnavailable(ex))
            {
                // The database cannot answer: the stamp is unknown, and so is everything the request would read. The
                // cookie is kept (an outage must not sign everybody out) and the request goes on to its own clean 503,
                // since every page and permission check reads the database first.
                return;
            }

            if (current is null || !string.Equals(current, stamp, StringComparison.Ordinal))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
