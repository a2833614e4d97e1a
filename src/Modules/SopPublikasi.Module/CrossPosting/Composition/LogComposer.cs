namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>The log channel has no limit: it records the whole post, as a real network would get it untrimmed.</summary>
public sealed class LogComposer : ChannelComposer
{
    public override string ChannelType => Networks.Log.LogNetwork.Name;

    protected override int MaxLength(PostDraft draft) => int.MaxValue;

    protected override int Measure(string text) => text.Length;
}
