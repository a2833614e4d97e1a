using System.Text;

namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// The shortening every network shares; a subclass only says how its network counts and what it allows. When a
/// post is too long, what matters least gives way first: the summary is cut at a word boundary (down to nothing),
/// then hashtags are dropped from the end, then the title is cut. The link is never cut or left out, and a hashtag
/// is kept whole or dropped whole.
/// </summary>
public abstract class ChannelComposer : IChannelComposer
{
    public abstract string ChannelType { get; }

    /// <summary>The post's shape when the channel has no template of its own.</summary>
    public virtual PostTemplate DefaultTemplate => PostTemplate.Plain;

    public ComposedPost Compose(PostDraft draft, PostTemplate? template = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Link);
        if (ValidateDraft(draft) is { } draftError)
        {
            return ComposedPost.Failed(draftError);
        }

        var shape = template ?? DefaultTemplate;
        var title = string.Join(' ', Clean(draft.Title).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var summary = Clean(draft.Summary);
        var link = draft.Link.Trim();
        var tags = Hashtags.Normalize(draft.Hashtags);
        var limit = MaxLength(draft);

        string Build(string t, string s, IEnumerable<string> h) =>
            shape.Render(Escape(t), Escape(s), Escape(link), string.Join(' ', h.Select(Escape))).Normalize(NormalizationForm.FormC);
        bool Fits(string text) => Measure(text) <= limit;

        var allowed = Math.Max(0, MaxHashtags(Build(title, summary, [])));
        var shortened = tags.Count > allowed;
        tags = tags.Take(allowed).ToList();

        var composed = Build(title, summary, tags);
        if (!Fits(composed))
        {
            shortened = true;
            var summaryCuts = WordCuts.Positions(summary);
            var titleCuts = WordCuts.Positions(title);
            composed = Longest(summaryCuts.Count + 1, i => Build(title, i == 0 ? string.Empty : WordCuts.Cut(summary, summaryCuts[i - 1]), tags), Fits)
                ?? Longest(tags.Count, n => Build(title, string.Empty, tags.Take(n)), Fits)
                ?? Longest(titleCuts.Count + 1, i => Build(i == 0 ? string.Empty : WordCuts.Cut(title, titleCuts[i - 1]), string.Empty, []), Fits);
        }

        if (composed is null)
        {
            return ComposedPost.Failed($"Tautan dan teks templat saja sudah melebihi batas {limit} karakter {ChannelType}.");
        }

        return ValidateText(composed) is { } textError
            ? ComposedPost.Failed(textError)
            : new ComposedPost(composed, shortened, Measure(composed));
    }

    /// <summary>The most the network accepts for this draft, in <see cref="Measure"/>'s unit.</summary>
    protected abstract int MaxLength(PostDraft draft);

    /// <summary>The length of a composed text as the network counts it.</summary>
    protected abstract int Measure(string text);

    /// <summary>Makes an article value safe for the network's markup (Telegram's HTML); plain text otherwise.</summary>
    protected virtual string Escape(string value) => value;

    /// <summary>How many of the draft's hashtags may be added to <paramref name="textWithoutHashtags"/>.</summary>
    protected virtual int MaxHashtags(string textWithoutHashtags) => int.MaxValue;

    /// <summary>Why this draft cannot be posted at all (in Indonesian, for the editor), or null.</summary>
    protected virtual string? ValidateDraft(PostDraft draft) => null;

    /// <summary>Why the composed text would still be refused (in Indonesian, for the editor), or null.</summary>
    protected virtual string? ValidateText(string text) => null;

    private static string Clean(string? value) =>
        (value ?? string.Empty).Normalize(NormalizationForm.FormC).ReplaceLineEndings("\n").Trim();

    /// <summary>
    /// The longest fitting of <paramref name="count"/> candidates ordered shortest first, or null. A binary search:
    /// a longer cut never measures shorter, and a long summary has thousands of possible cuts.
    /// </summary>
    private static string? Longest(int count, Func<int, string> candidate, Func<string, bool> fits)
    {
        string? best = null;
        var low = 0;
        var high = count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var text = candidate(middle);
            if (fits(text))
            {
                best = text;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return best;
    }
}
