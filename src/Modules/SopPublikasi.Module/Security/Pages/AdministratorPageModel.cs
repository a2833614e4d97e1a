using Microsoft.AspNetCore.Identity;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Security.Pages;

/// <summary>
/// Base of the settings pages. Who may use each is its <see cref="RequirePermissionAttribute"/> (checked for every
/// handler, GET and POST, with the roles the database holds now, not the sign-in cookie's).
/// </summary>
public abstract class AdministratorPageModel : AdminPageModel
{
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
