namespace SopPublikasi.Module.CrossPosting;

/// <summary>The verifier's own wording of one channel's post for one article, used instead of the composed text.</summary>
public sealed class CrossPostEdit
{
    public Guid MateriId { get; set; }

    public string Channel { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string EditedById { get; set; } = string.Empty;

    public DateTimeOffset EditedAt { get; set; }
}
