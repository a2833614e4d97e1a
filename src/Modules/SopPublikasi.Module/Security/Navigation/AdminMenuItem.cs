namespace SopPublikasi.Module.Security.Navigation;

/// <summary>
/// One entry of the admin menu: its Indonesian label, the Razor page it links to (e.g. "/Webhooks/Pages/Webhook"; the link is
/// generated from the page, never written by hand), who sees it (a permission, a role, or every signed-in editor
/// when both are null) and its place (lower first).
/// </summary>
public sealed record AdminMenuItem(string Label, string Page, int Order, string? Permission = null, string? Role = null);

/// <summary>A feature's contribution to the admin menu, registered in its <c>Startup</c>.</summary>
public interface IAdminMenuContributor
{
    IEnumerable<AdminMenuItem> Items { get; }
}

internal sealed class AdminMenuItems(IReadOnlyList<AdminMenuItem> items) : IAdminMenuContributor
{
    public IEnumerable<AdminMenuItem> Items => items;
}
