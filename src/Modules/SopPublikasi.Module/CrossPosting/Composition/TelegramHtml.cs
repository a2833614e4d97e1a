using System.Globalization;
using System.Text;

namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// Telegram's <c>parse_mode: "HTML"</c>: article text must have <c>&lt; &gt; &amp;</c> escaped (and <c>"</c>, so a
/// value is also safe inside an attribute such as <c>href</c>), and the 4096/1024 limits apply to the text after
/// entity parsing: tags are not counted and <c>&amp;amp;</c> counts as one character. Telegram measures in UTF-16
/// code units (its entity offsets are UTF-16), so an emoji outside the BMP counts 2.
/// </summary>
public static class TelegramHtml
{
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);
    }

    /// <summary>
    /// The number of UTF-16 code units a reader sees: tags left out, the four named entities and numeric entities
    /// counted as the character they stand for. Anything else is counted as written.
    /// </summary>
    public static int VisibleLength(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var length = 0;
        var index = 0;
        while (index < html.Length)
        {
            if (html[index] == '<' && html.IndexOf('>', index) is var close and > 0)
            {
                index = close + 1;
            }
            else if (html[index] == '&' && EntityLength(html.AsSpan(index)) is var (consumed, visible) && consumed > 0)
            {
                index += consumed;
                length += visible;
            }
            else
            {
                index++;
                length++;
            }
        }

        return length;
    }

    private static (int Consumed, int Visible) EntityLength(ReadOnlySpan<char> text)
    {
        var end = text.IndexOf(';');
        if (end < 2)
        {
            return (0, 0);
        }

        var name = text[1..end];
        if (name is "lt" or "gt" or "amp" or "quot")
        {
            return (end + 1, 1);
        }

        var isHex = name.Length > 2 && name[0] == '#' && name[1] is 'x' or 'X';
        var digits = isHex ? name[2..] : name.Length > 1 && name[0] == '#' ? name[1..] : [];
        return int.TryParse(digits, isHex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            && Rune.IsValid(code)
            ? (end + 1, new Rune(code).Utf16SequenceLength)
            : (0, 0);
    }
}
