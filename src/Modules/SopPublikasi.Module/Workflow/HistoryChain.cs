using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SopPublikasi.Module.Workflow;

/// <summary>The hash chain over an item's history rows.</summary>
public static class HistoryChain
{
    /// <summary>The previous hash of an item's first row.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// The row's hash. <see cref="HistoryEntry.IssuedById"/> joins the hashed fields only when it is set, so that
    /// every row written before it existed still hashes as it did.
    /// </summary>
    public static string Compute(HistoryEntry entry, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var inv = CultureInfo.InvariantCulture;
        var text = string.Join('\u001f',
            previousHash,
            entry.MateriId.ToString("N"),
            entry.Sequence.ToString(inv),
            entry.Action,
            ((int)entry.From).ToString(inv),
            ((int)entry.To).ToString(inv),
            entry.SopStep.ToString(inv),
            entry.ActorId,
            entry.ActorName,
            entry.Role,
            entry.At.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", inv),
            entry.Note ?? string.Empty,
            entry.VersionNumber.ToString(inv));
        if (entry.IssuedById is not null)
        {
            text += "\u001fditerbitkanOleh=" + entry.IssuedById;
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// Checks an item's rows in order. Returns the sequence number of the first row that does not fit the chain
    /// (edited, removed or reordered), or null when the chain is whole.
    /// </summary>
    public static int? FindBreak(IEnumerable<HistoryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var previous = Genesis;
        var expected = 1;
        foreach (var entry in entries.OrderBy(e => e.Sequence))
        {
            if (entry.Sequence != expected || entry.PreviousHash != previous || entry.Hash != Compute(entry, previous))
            {
                return expected;
            }

            previous = entry.Hash;
            expected++;
        }

        return null;
    }
}
