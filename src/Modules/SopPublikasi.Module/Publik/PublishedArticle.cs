namespace SopPublikasi.Module.Publik;

/// <summary>A live article as the public sees it: always the published version, never a draft.</summary>
/// <remarks>Init properties rather than a positional record, so that EF Core can filter and sort on them.</remarks>
public sealed record PublishedArticle
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required string Body { get; init; }

    public required string CategoryName { get; init; }

    public required string CategorySlug { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DateOnly? ActivityDate { get; init; }

    public string? ActivityPlace { get; init; }

    public Guid? CoverImageId { get; init; }

    public string? CoverImageAlt { get; init; }

    public IReadOnlyList<Guid> AttachmentIds { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public Materi.KategoriInformasi? KategoriInformasi { get; init; }

    public Materi.DaftarInformasi? Dip { get; init; }
}
