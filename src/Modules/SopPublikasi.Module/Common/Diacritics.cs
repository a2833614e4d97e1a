using System.Globalization;
using System.Text;

namespace SopPublikasi.Module.Common;

/// <summary>Text without its accents ("Café" → "Cafe"): decomposed (NFD), the combining marks dropped.</summary>
public static class Diacritics
{
    public static string Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
