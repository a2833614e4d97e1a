using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.CrossPosting.Networks.Threads;

/// <summary>
/// A Threads post: title, summary, link and hashtags within <see cref="ThreadsLimits.MaxTextLength"/> counted as
/// <see cref="ThreadsTextLength"/> does. The link is in the text: Threads makes the first URL of the text its link
/// preview (when the post has no image).
/// </summary>
public sealed class ThreadsComposer(ThreadsLimits limits) : ChannelComposer
{
    public override string ChannelType => ThreadsNetwork.Name;

    protected override int MaxLength(PostDraft draft) => limits.MaxTextLength;

    protected override int Measure(string text) => ThreadsTextLength.Count(text);
}
