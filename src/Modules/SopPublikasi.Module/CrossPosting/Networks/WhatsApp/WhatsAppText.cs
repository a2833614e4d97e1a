using System.Text;

namespace SopPublikasi.Module.CrossPosting.Networks.WhatsApp;

/// <summary>
/// WhatsApp's message formatting (docs/networks.md): <c>*tebal*</c>, <c>_miring_</c>, <c>~coret~</c> and
/// <c>```monospace```</c>. WhatsApp has no escape character, so an asterisk inside an article's title would end the bold
/// title early: article values get a look-alike asterisk (U+2217) instead, and a run of three backticks is broken up.
/// Links are left exactly as they are.
/// </summary>
public static class WhatsAppText
{
    /// <summary>The look-alike that stands for an asterisk written in an article value.</summary>
    public const char SafeAsterisk = '\u2217';

    /// <summary>An article value made safe inside WhatsApp formatting; a link is returned unchanged.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }

        var text = new StringBuilder(value.Replace('*', SafeAsterisk));
        return text.Replace("```", "`\u200B``").ToString();
    }

    /// <summary>The length the limits count: UTF-16 code units.</summary>
    public static int Length(string text) => text?.Length ?? 0;
}
