namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// Where the networks' text limits are configured: each network binds its own limits class from
/// CrossPosting:Limits:{Type} (<see cref="Networks.SocialNetwork{TLimits}"/>), validated on start, so that a changed
/// limit is a configuration change, not a release. The defaults are the documented values (docs/networks.md).
/// </summary>
public static class CompositionLimits
{
    public const string Section = "CrossPosting:Limits";
}
