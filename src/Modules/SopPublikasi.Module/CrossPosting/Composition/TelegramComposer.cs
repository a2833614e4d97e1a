namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// A Telegram channel message in <c>parse_mode: "HTML"</c>: article values are escaped, the template's own markup
/// is kept. With an image the text becomes a <c>sendPhoto</c> caption and gets the (much shorter) caption limit.
/// </summary>
public sealed class TelegramComposer(TelegramLimits limits) : ChannelComposer
{
    public override string ChannelType => Networks.Telegram.TelegramNetwork.Name;

    public override PostTemplate DefaultTemplate => PostTemplate.HtmlBoldTitle;

    protected override int MaxLength(PostDraft draft) =>
        string.IsNullOrWhiteSpace(draft.ImageUrl) ? limits.MaxTextLength : limits.MaxCaptionLength;

    protected override int Measure(string text) => TelegramHtml.VisibleLength(text);

    protected override string Escape(string value) => TelegramHtml.Escape(value);
}
