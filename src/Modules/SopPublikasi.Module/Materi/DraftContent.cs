namespace SopPublikasi.Module.Materi;

/// <summary>The editable fields of a draft, already validated and sanitized.</summary>
public sealed record DraftContent(
    string Title,
    string? Slug,
    string Summary,
    string Body,
    int CategoryId,
    DateOnly? ActivityDate,
    string? ActivityPlace,
    Guid? CoverImageId,
    string? CoverImageAlt,
    IReadOnlyList<Guid> AttachmentIds,
    IReadOnlyList<string> Tags)
{
    /// <summary>The "Ralat" note (only on a revision of a live article), trimmed; null: none.</summary>
    public string? CorrectionNote { get; init; }
}

