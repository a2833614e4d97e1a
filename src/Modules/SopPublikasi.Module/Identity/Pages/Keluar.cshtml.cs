using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Identity.Pages;

/// <summary>
/// Signing out ends the session everywhere: the security stamp changes, so a copy of the cookie (another tab, a
/// stolen one) is refused at its next request (<see cref="SessionStamps"/>), not only the browser's own deleted.
/// </summary>
public sealed class KeluarModel(SignInManager<AppUser> signIn, UserManager<AppUser> users) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
