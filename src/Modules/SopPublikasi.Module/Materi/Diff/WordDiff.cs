using DiffPlex;
using DiffPlex.Chunkers;

namespace SopPublikasi.Module.Materi.Diff;

public enum DiffKind
{
    Same,
    Inserted,
    Deleted,
}

/// <summary>A run of text that is unchanged, added or removed. Rendered as escaped text inside ins/del.</summary>
public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>Word-level text diff (DiffPlex): words, spaces and punctuation are the units, so a changed word shows alone.</summary>
public static class WordDiff
{
    private static readonly char[] Separators = [' ', '\t', '\n', '.', ',', ';', ':', '!', '?', '(', ')', '"', '\''];

    private static readonly DelimiterChunker Chunker = new(Separators);

    /// <summary>Pieces in reading order; the Same and Deleted pieces rebuild <paramref name="before"/>, Same and Inserted <paramref name="after"/>.</summary>
    public static IReadOnlyList<DiffPiece> Compute(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, Chunker);
        var pieces = new List<DiffPiece>();
        int a = 0, b = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(pieces, DiffKind.Same, result.PiecesOld, a, block.DeleteStartA - a);
            Add(pieces, DiffKind.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(pieces, DiffKind.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }

        Add(pieces, DiffKind.Same, result.PiecesOld, a, result.PiecesOld.Count - a);
        _ = b;
        return pieces;
    }

    private static void Add(List<DiffPiece> pieces, DiffKind kind, IReadOnlyList<string> source, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(source.Skip(start).Take(count));
        if (pieces.Count > 0 && pieces[^1].Kind == kind)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        }
        else
        {
            pieces.Add(new DiffPiece(kind, text));
        }
    }
}
