using System.Text;

namespace SopPublikasi.Module.Common;

/// <summary>Readable, ASCII-only URL slugs from Indonesian titles.</summary>
public static class SlugGenerator
{
    public const int MaxLength = 80;

    public static string Create(string? text)
    {
        var plain = Diacritics.Remove(text ?? string.Empty);
        var slug = new StringBuilder(plain.Length);
        var dashPending = false;
        foreach (var c in plain)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                dashPending = true;
                continue;
            }

            if (slug.Length >= MaxLength - 1)
            {
                break;
            }

            if (dashPending && slug.Length > 0)
            {
                slug.Append('-');
            }

            dashPending = false;
            slug.Append(char.ToLowerInvariant(c));
        }

        return slug.Length == 0 ? "materi" : slug.ToString();
    }

    public static bool IsValid(string? slug) =>
        slug is { Length: > 0 and <= MaxLength }
        && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--", StringComparison.Ordinal);
}
