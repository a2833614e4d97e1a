using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.CrossPosting.Networks.WhatsApp;

/// <summary>
/// The WhatsApp hand-off message: the title in bold, a short lead (the summary cut at a word to
/// <see cref="WhatsAppLimits.MaxLeadLength"/>), an italic "Selengkapnya:" and the article's link on its own line, so
/// WhatsApp shows its preview. No hashtags: WhatsApp does not link them. Within <see cref="WhatsAppLimits.MaxTextLength"/>
/// the shared shortening applies (lead first, then title; the link is never cut).
/// </summary>
public sealed class WhatsAppComposer(WhatsAppLimits limits) : IChannelComposer
{
    /// <summary>The default shape of the message (placeholders as in <see cref="PostTemplate"/>).</summary>
    public static PostTemplate Template { get; } = new("*{judul}*\n\n{ringkasan}\n\n_Selengkapnya:_\n{tautan}");

    private readonly Formatted _inner = new(limits);

    public string ChannelType => WhatsAppNetwork.Name;

    public ComposedPost Compose(PostDraft draft, PostTemplate? template = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var summary = (draft.Summary ?? string.Empty).Trim();
        var lead = Lead(summary, limits.MaxLeadLength);
        var composed = _inner.Compose(draft with { Summary = lead, Hashtags = [] }, template);
        return composed.Succeeded && !string.Equals(lead, summary, StringComparison.Ordinal)
            ? composed with { Shortened = true }
            : composed;
    }

    /// <summary>The summary cut after a whole word (with an ellipsis) to at most <paramref name="max"/> characters.</summary>
    internal static string Lead(string? summary, int max)
    {
        var text = (summary ?? string.Empty).Trim();
        if (text.Length <= max)
        {
            return text;
        }

        var cuts = WordCuts.Positions(text);
        for (var i = cuts.Count - 1; i >= 0; i--)
        {
            var cut = WordCuts.Cut(text, cuts[i]);
            if (cut.Length <= max)
            {
                return cut;
            }
        }

        return string.Empty;
    }

    private sealed class Formatted(WhatsAppLimits limits) : ChannelComposer
    {
        public override string ChannelType => WhatsAppNetwork.Name;

        public override PostTemplate DefaultTemplate => Template;

        protected override int MaxLength(PostDraft draft) => limits.MaxTextLength;

        protected override int Measure(string text) => WhatsAppText.Length(text);

        protected override string Escape(string value) => WhatsAppText.Escape(value);
    }
}
