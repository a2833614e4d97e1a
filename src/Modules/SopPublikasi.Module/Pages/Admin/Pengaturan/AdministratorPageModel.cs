using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopPublikasi.Module.Identity;

namespace SopPublikasi.Module.Pages.Admin.Pengaturan;

/// <summary>
/// Base of the administrator's pages: every handler (GET and POST) answers 403 to anyone who does not hold the
/// Administrator role now (roles are read from the database, not from the sign-in cookie).
/// </summary>
public abstract class AdministratorPageModel : AdminPageModel
{
    [NonHandler] // a filter, not a handler: without this Razor Pages would also route a "PAGE" verb to it
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!(await CurrentActorAsync()).Has(SopRoles.Administrator))
        {
            context.Result = Forbid();
            return;
        }

        await next();
    }

    /// <summary>Identity's refusals, each beside the field it concerns (passwords, user names) or on top.</summary>
    protected void ShowIdentityErrors(IdentityResult result, string passwordField, string? userNameField = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField
                : error.Code.Contains("UserName", StringComparison.Ordinal) ? userNameField ?? string.Empty
                : string.Empty;
            ModelState.AddModelError(field, error.Description);
        }
    }
}
