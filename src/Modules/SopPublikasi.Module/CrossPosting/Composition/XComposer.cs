namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>A post for X, within its weighted length with every URL counted as the t.co length.</summary>
public sealed class XComposer(XLimits limits) : ChannelComposer
{
    public override string ChannelType => Networks.X.XNetwork.Name;

    protected override int MaxLength(PostDraft draft) => limits.MaxWeightedLength;

    protected override int Measure(string text) => XTextLength.Count(text, limits.UrlLength);
}
