namespace SopPublikasi.Module.Publik;

/// <summary>A live article as the public sees it: always the published version, never a draft.</summary>
public sealed record PublishedArticle(
    Guid Id,
    string Slug,
    string Title,
    string Summary,
    string Body,
    string CategoryName,
    string CategorySlug,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    DateOnly? ActivityDate,
    string? ActivityPlace,
    Guid? CoverImageId,
    string? CoverImageAlt,
    IReadOnlyList<Guid> AttachmentIds);
