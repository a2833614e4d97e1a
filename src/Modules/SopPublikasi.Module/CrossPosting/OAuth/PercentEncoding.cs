using System.Text;

namespace SopPublikasi.Module.CrossPosting.OAuth;

/// <summary>
/// RFC 3986 percent-encoding as OAuth 1.0a requires it: only <c>A-Z a-z 0-9 - . _ ~</c> stay as they are, every
/// other UTF-8 byte becomes <c>%XX</c> with upper-case hex. Written out rather than borrowed because the signature
/// breaks on the smallest difference (<c>WebUtility.UrlEncode</c> turns a space into <c>+</c> and leaves
/// <c>!*'()</c> alone), and the rule is short enough to state in code.
/// </summary>
public static class PercentEncoding
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>Encodes every character except the unreserved ones. Lone surrogates become U+FFFD, as in <see cref="Uri.EscapeDataString(string)"/>.</summary>
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (IsUnreserved(b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Decodes one name or value of a query string or an <c>application/x-www-form-urlencoded</c> body, where a
    /// <c>+</c> stands for a space (RFC 5849 §3.4.1.3.1 reads both with the form rules).
    /// </summary>
    public static string DecodeFormComponent(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Uri.UnescapeDataString(value.Replace('+', ' '));
    }

    private static bool IsUnreserved(byte b) =>
        b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~';
}
