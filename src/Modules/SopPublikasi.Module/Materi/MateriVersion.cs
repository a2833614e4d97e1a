using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Materi;

/// <summary>One saved version of the material. A version is never changed once written.</summary>
public sealed class MateriVersion : IAppendOnly
{
    public Guid Id { get; set; }

    public Guid MateriId { get; set; }

    public int Number { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Summary { get; set; } = string.Empty;

    /// <summary>Sanitized HTML.</summary>
    public string Body { get; set; } = string.Empty;

    public int CategoryId { get; set; }

    public Category? Category { get; set; }

    public DateOnly? ActivityDate { get; set; }

    public string? ActivityPlace { get; set; }

    public Guid? CoverImageId { get; set; }

    public string? CoverImageAlt { get; set; }

    public List<Guid> AttachmentIds { get; set; } = [];

    /// <summary>Free tags (lower case), for the public API's tag filter.</summary>
    public List<string> Tags { get; set; } = [];

    public string EditorId { get; set; } = string.Empty;

    public string EditorName { get; set; } = string.Empty;

    /// <summary>Who wrote this version on behalf of <see cref="EditorId"/> with a token they issued for that person, or null.</summary>
    public string? IssuedById { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The "Ralat" note of a revision of a live article, published as a correction when it goes live; null: none.</summary>
    public string? CorrectionNote { get; set; }
}
