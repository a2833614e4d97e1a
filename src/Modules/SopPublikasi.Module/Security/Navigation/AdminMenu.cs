using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Security.Navigation;

/// <summary>A menu entry the current user may use, with its generated link.</summary>
public sealed record AdminMenuLink(string Label, string Href, string Page);

/// <summary>The admin menu: every feature's entries the user may use (permissions and roles from the database), in order.</summary>
public sealed class AdminMenu(IEnumerable<IAdminMenuContributor> contributors, PermissionService permissions, LinkGenerator links)
{
    public IEnumerable<AdminMenuItem> AllItems =>
        contributors.SelectMany(c => c.Items).OrderBy(i => i.Order).ThenBy(i => i.Label, StringComparer.Ordinal);

    public async Task<IReadOnlyList<AdminMenuLink>> ForAsync(ClaimsPrincipal user, PathString pathBase = default)
    {
        var actor = await permissions.ActorAsync(user);
        if (actor is null)
        {
            return [];
        }

        var result = new List<AdminMenuLink>();
        foreach (var item in AllItems)
        {
            var allowed = (item.Role is null || actor.Has(item.Role))
                && (item.Permission is null || await permissions.MayAsync(actor, item.Permission));
            // No ambient route values: the entry links to the page itself (e.g. "/admin/halaman", not the page open now).
            var href = allowed ? links.GetPathByPage(item.Page, handler: null, values: null, pathBase) : null;
            if (href is not null)
            {
                result.Add(new AdminMenuLink(item.Label, href, item.Page));
            }
        }

        return result;
    }
}
