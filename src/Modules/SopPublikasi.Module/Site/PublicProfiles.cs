namespace SopPublikasi.Module.Site;

/// <summary>One of the office's accounts on a social network, linked from the public site's footer.</summary>
/// <param name="Label">The network's name as people know it ("Facebook", "Instagram").</param>
/// <param name="Url">The account's public profile address (https).</param>
public sealed record PublicProfile(string Label, string Url);

/// <summary>
/// Where the footer finds the office's social accounts: registered by the feature that knows them (CrossPosting's
/// enabled channels with a profile address), so that the site shell knows no feature.
/// </summary>
public interface IPublicProfileSource
{
    Task<IReadOnlyList<PublicProfile>> ProfilesAsync(CancellationToken ct);
}

/// <summary>
/// A feature's reaction to the office's accounts changing in the admin (a channel added, switched on or off, its
/// profile address edited), run after the save committed: the public pages' cached footer, say.
/// </summary>
public interface IPublicProfilesChangedHandler
{
    Task ChangedAsync(CancellationToken ct);
}
