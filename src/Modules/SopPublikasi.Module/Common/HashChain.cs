using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SopPublikasi.Module.Common;

/// <summary>
/// A hash chain over append-only history rows: each row's hash covers its fields and the previous row's hash, so an
/// edited, removed or reordered row breaks the chain from there on. The SOP's history and the PPID desk's use it.
/// </summary>
public static class HashChain
{
    /// <summary>The previous hash of a chain's first row.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>SHA-256 (lower-case hex) of the fields joined by the unit separator, the previous hash first.</summary>
    public static string Hash(string previousHash, params IEnumerable<string> fields) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', fields.Prepend(previousHash)))));

    /// <summary>An instant as the chain writes it: UTC to the millisecond.</summary>
    public static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    /// <summary>
    /// Checks the rows in sequence order. Returns the sequence number of the first row that does not fit the chain,
    /// or null when it is whole.
    /// </summary>
    public static int? FindBreak<T>(
        IEnumerable<T> entries, Func<T, int> sequence, Func<T, string> previousHash, Func<T, string> hash, Func<T, string, string> compute)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var previous = Genesis;
        var expected = 1;
        foreach (var entry in entries.OrderBy(sequence))
        {
            if (sequence(entry) != expected || previousHash(entry) != previous || hash(entry) != compute(entry, previous))
            {
                return expected;
            }

            previous = hash(entry);
            expected++;
        }

        return null;
    }
}
