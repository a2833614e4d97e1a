using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Materi;

/// <summary>
/// A published correction ("Ralat"): the note an editor gave a revision of a live article, published with that
/// revision. Written once, when the revision goes live; the earlier ones stay.
/// </summary>
public sealed class MateriRalat : IAppendOnly
{
    /// <summary>The longest note a revision may carry.</summary>
    public const int MaxLength = 1000;

    public Guid Id { get; set; }

    public Guid MateriId { get; set; }

    /// <summary>The version that went live with this note.</summary>
    public int VersionNumber { get; set; }

    public string Note { get; set; } = string.Empty;

    /// <summary>When the revision went live (the date the public reads, in WIB).</summary>
    public DateTimeOffset PublishedAt { get; set; }
}
