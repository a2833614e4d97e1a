using System.Text.RegularExpressions;

namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// The shape of a post, with the placeholders <c>{judul}</c>, <c>{ringkasan}</c>, <c>{tautan}</c> and
/// <c>{tagar}</c>, so that each channel can be worded differently without code. Placeholders are replaced in one
/// pass (a title containing "{tautan}" stays as written), lines left empty by a missing value collapse, and a
/// template without <c>{tautan}</c> gets the link appended: a cross-post always leads back to the article.
/// For Telegram the template is HTML (its own markup is kept; the values are escaped).
/// </summary>
public sealed partial record PostTemplate
{
    public const string TitlePlaceholder = "{judul}";

    public const string SummaryPlaceholder = "{ringkasan}";

    public const string LinkPlaceholder = "{tautan}";

    public const string HashtagsPlaceholder = "{tagar}";

    public PostTemplate(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
    }

    public string Text { get; }

    /// <summary>Title, summary, link and hashtags, each in its own paragraph: every network's default but Telegram's.</summary>
    public static PostTemplate Plain { get; } = new("{judul}\n\n{ringkasan}\n\n{tautan}\n\n{tagar}");

    /// <summary>As <see cref="Plain"/> with the title in bold, for networks that take HTML (Telegram).</summary>
    public static PostTemplate HtmlBoldTitle { get; } = new("<b>{judul}</b>\n\n{ringkasan}\n\n{tautan}\n\n{tagar}");

    /// <summary>Fills in the (already escaped, where the network needs it) values.</summary>
    public string Render(string title, string summary, string link, string hashtags)
    {
        var text = Text.Contains(LinkPlaceholder, StringComparison.Ordinal) ? Text : Text + "\n\n" + LinkPlaceholder;
        text = Placeholder().Replace(text.ReplaceLineEndings("\n"), m => m.Value switch
        {
            TitlePlaceholder => title,
            SummaryPlaceholder => summary,
            LinkPlaceholder => link,
            _ => hashtags,
        });
        return BlankLines().Replace(TrailingSpace().Replace(text, string.Empty), "\n\n").Trim();
    }

    [GeneratedRegex(@"\{(?:judul|ringkasan|tautan|tagar)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[ \t]+(?=\n|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSpace();

    [GeneratedRegex(@"\n{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLines();
}
