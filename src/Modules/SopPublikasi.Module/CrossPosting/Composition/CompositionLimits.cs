namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// Every network's text limits, bindable from the "CrossPosting:Limits" section so that a changed limit is a
/// configuration change, not a release. The defaults are the documented values (docs/social-apis.md).
/// </summary>
public sealed class CompositionLimits
{
    public const string Section = "CrossPosting:Limits";

    public XLimits X { get; set; } = new();

    public FacebookLimits Facebook { get; set; } = new();

    public InstagramLimits Instagram { get; set; } = new();

    public TelegramLimits Telegram { get; set; } = new();

    public MastodonLimits Mastodon { get; set; } = new();
}
