using System.Globalization;
using System.Text;

namespace SopPublikasi.Module.Common;

/// <summary>
/// Plain text as people see it: without the characters nobody sees (control characters, and format characters such
/// as zero-width spaces, the byte order mark and the bidirectional overrides that make "lampiran‮fdp.hta" read as
/// "...ath.pdf"), with line breaks and tabs as spaces, trimmed. A title of invisible characters only is empty here.
/// The zero-width joiner stays between two visible characters: it is what makes "👨‍👩‍👧" one emoji instead of three.
/// </summary>
public static class VisibleText
{
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var category = char.GetUnicodeCategory(c);
            var invisible = category is UnicodeCategory.Format or UnicodeCategory.Control && !JoinsVisible(text, i);
            if (invisible && cleaned is null)
            {
                cleaned = new StringBuilder(text.Length).Append(text, 0, i);
            }

            if (!invisible)
            {
                cleaned?.Append(c);
            }
            else if (char.IsWhiteSpace(c))
            {
                cleaned!.Append(' ');
            }
        }

        return (cleaned?.ToString() ?? text).Trim();
    }

    private static bool JoinsVisible(string text, int i) =>
        text[i] == '\u200D' && i > 0 && i + 1 < text.Length && !IsInvisible(text[i - 1]) && !IsInvisible(text[i + 1]);

    private static bool IsInvisible(char c) =>
        char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control;
}
