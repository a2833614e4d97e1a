using System.Text;
using System.Text.RegularExpressions;

namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// Turns free article tags into hashtags every network links: a hashtag ends at the first character that is not a
/// letter, digit or underscore, so "hari-guru" would link only "#hari". Also counts the hashtags already in a text,
/// for Instagram's cap.
/// </summary>
public static partial class Hashtags
{
    /// <summary><c>#</c> plus the tag's letters, digits and underscores; empty and repeated (ignoring case) tags dropped.</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string>? tags)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in tags ?? [])
        {
            var word = new StringBuilder();
            foreach (var rune in (tag ?? string.Empty).Normalize(NormalizationForm.FormC).EnumerateRunes())
            {
                if (Rune.IsLetterOrDigit(rune) || rune.Value == '_')
                {
                    word.Append(rune.ToString());
                }
            }

            // A hashtag of digits only is not linked by X or Instagram.
            var text = word.ToString();
            if (text.EnumerateRunes().Any(Rune.IsLetter) && seen.Add(text))
            {
                result.Add("#" + text);
            }
        }

        return result;
    }

    /// <summary>How many hashtags <paramref name="text"/> holds (a <c>#</c> inside a word or URL does not count).</summary>
    public static int CountIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Hashtag().Count(text);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}_/&])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*", RegexOptions.CultureInvariant)]
    private static partial Regex Hashtag();
}
