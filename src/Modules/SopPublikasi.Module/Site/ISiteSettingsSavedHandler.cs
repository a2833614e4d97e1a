namespace SopPublikasi.Module.Site;

/// <summary>
/// A feature's reaction to the site settings saved in the admin (the public site's cached pages, say), run after the
/// save committed. Registered by the reacting feature, so that Site knows none of them.
/// </summary>
public interface ISiteSettingsSavedHandler
{
    Task SavedAsync(CancellationToken ct);
}
