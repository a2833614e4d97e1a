namespace SopPublikasi.Module.Materi;

/// <summary>
/// What a person last saw of an item: the version current when they last opened its page (or its diff) or took a
/// move on it, and the version their diff compares from. The diff at correction and verification shows a reviewer
/// what changed since they last saw the draft, not merely since the last save.
/// </summary>
public sealed class MateriSeen
{
    public Guid MateriId { get; set; }

    public string UserId { get; set; } = string.Empty;

    /// <summary>The latest version when they last saw the item.</summary>
    public int VersionNumber { get; set; }

    /// <summary>
    /// The version the diff compares from while <see cref="VersionNumber"/> is still the latest: the one they had seen
    /// before it, kept so that reloading the page does not empty the diff.
    /// </summary>
    public int Baseline { get; set; }

    public DateTimeOffset SeenAt { get; set; }
}
