using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Security.Pages;

/// <summary>Base of admin pages: who is acting, and how refused input is shown beside its field.</summary>
public abstract class AdminPageModel : PageModel
{
    private Actor? _actor;

    protected async Task<Actor> CurrentActorAsync() =>
        _actor ??= await HttpContext.RequestServices.GetRequiredService<ActorResolver>().FromPrincipalAsync(User)
            ?? throw new InvalidOperationException("Signed-in user no longer exists.");

    /// <summary>Puts the messages of a refused request into ModelState, keyed as the form's fields are.</summary>
    protected void ShowErrors(Exception error, string prefix)
    {
        ArgumentNullException.ThrowIfNull(error);
        switch (error)
        {
            case InputException input:
                foreach (var (field, messages) in input.Errors)
                {
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(Key(prefix, field), message);
                    }
                }

                break;
            case IFieldError rule:
                ModelState.AddModelError(Key(prefix, rule.Field), rule.Message);
                break;
            default:
                ModelState.AddModelError(string.Empty, error.Message);
                break;
        }
    }

    private static string Key(string prefix, string? field) =>
        string.IsNullOrEmpty(field) ? string.Empty : prefix + "." + field;

    protected static bool IsUserError(Exception ex) => ex is InputException or IFieldError;
}
