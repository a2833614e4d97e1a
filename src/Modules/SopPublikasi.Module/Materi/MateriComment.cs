namespace SopPublikasi.Module.Materi;

/// <summary>A remark on an item by someone working on it, shown in its timeline. Never edited.</summary>
public sealed class MateriComment
{
    public const int MaxLength = 2000;

    public long Id { get; set; }

    public Guid MateriId { get; set; }

    public string AuthorId { get; set; } = string.Empty;

    public string AuthorName { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
