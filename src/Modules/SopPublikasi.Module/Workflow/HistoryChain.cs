using System.Globalization;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Workflow;

/// <summary>The hash chain over an item's history rows.</summary>
public static class HistoryChain
{
    /// <summary>The previous hash of an item's first row.</summary>
    public static readonly string Genesis = HashChain.Genesis;

    /// <summary>
    /// The row's hash. <see cref="HistoryEntry.IssuedById"/> joins the hashed fields only when it is set, so that
    /// every row written before it existed still hashes as it did.
    /// </summary>
    public static string Compute(HistoryEntry entry, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var inv = CultureInfo.InvariantCulture;
        List<string> fields =
        [
            entry.MateriId.ToString("N"),
            entry.Sequence.ToString(inv),
            entry.Action,
            ((int)entry.From).ToString(inv),
            ((int)entry.To).ToString(inv),
            entry.SopStep.ToString(inv),
            entry.ActorId,
            entry.ActorName,
            entry.Role,
            HashChain.Instant(entry.At),
            entry.Note ?? string.Empty,
            entry.VersionNumber.ToString(inv),
        ];
        if (entry.IssuedById is not null)
        {
            fields.Add("diterbitkanOleh=" + entry.IssuedById);
        }

        return HashChain.Hash(previousHash, fields);
    }

    /// <summary>
    /// Checks an item's rows in order. Returns the sequence number of the first row that does not fit the chain
    /// (edited, removed or reordered), or null when the chain is whole.
    /// </summary>
    public static int? FindBreak(IEnumerable<HistoryEntry> entries) =>
        HashChain.FindBreak(entries, e => e.Sequence, e => e.PreviousHash, e => e.Hash, Compute);
}
