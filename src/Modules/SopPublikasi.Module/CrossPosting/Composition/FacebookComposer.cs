namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// The <c>message</c> of a Facebook Page post. The article link is also in the text: Facebook shows its preview
/// once, and the text still leads to the article if the preview cannot be scraped (error 1609005).
/// </summary>
public sealed class FacebookComposer(FacebookLimits limits) : ChannelComposer
{
    public override string ChannelType => Networks.Facebook.FacebookNetwork.Name;

    protected override int MaxLength(PostDraft draft) => limits.MaxMessageLength;

    protected override int Measure(string text) => text.Length;
}
