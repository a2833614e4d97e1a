using System.Security.Cryptography;
using System.Text;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>
/// The requester's secret tracking code: 8 characters of an alphabet without look-alikes (no 0/O, 1/I/L), shown as
/// XXXX-XXXX, read case-insensitively with or without the dash; only its SHA-256 is stored.
/// </summary>
public static class KodeLacak
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        var chars = new char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars, 0, 4) + "-" + new string(chars, 4, 4);
    }

    /// <summary>The code as stored for comparison: upper case, without the dash and spaces; null when it cannot be a code.</summary>
    public static string? Normalize(string? kode)
    {
        if (kode is null)
        {
            return null;
        }

        var plain = new string([.. kode.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant)]);
        return plain.Length == 8 && plain.All(Alphabet.Contains) ? plain : null;
    }

    public static string Hash(string kode) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(kode) ?? throw new ArgumentException("Not a tracking code.", nameof(kode)))));

    /// <summary>Whether <paramref name="kode"/> is the code stored as <paramref name="hash"/> (constant time).</summary>
    public static bool Matches(string? kode, string hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        var candidate = Normalize(kode) is { } plain ? SHA256.HashData(Encoding.UTF8.GetBytes(plain)) : new byte[32];
        var stored = hash.Length == 64 ? Convert.FromHexString(hash) : new byte[32];
        return CryptographicOperations.FixedTimeEquals(candidate, stored) && Normalize(kode) is not null;
    }
}
