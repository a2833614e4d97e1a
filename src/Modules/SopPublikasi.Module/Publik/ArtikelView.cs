namespace SopPublikasi.Module.Publik;

/// <summary>
/// What the public article template (<c>_Artikel</c>) shows: the article, its cover, its attachments and, for a
/// draft shown before it is published, the preview banner. The live page and every preview render through it, so a
/// preview is the article as the public will see it.
/// </summary>
public sealed record ArtikelView(
    PublishedArticle Article,
    BeritaEndpoints.FotoView? Cover,
    IReadOnlyList<ArtikelView.Attachment> Attachments,
    ArtikelView.PreviewNote? Preview = null)
{
    /// <summary>The live article's address for the share links (absolute); a preview offers none.</summary>
    public string? ShareUrl { get; init; }

    /// <summary>The body with each captioned photo in a figure with its figcaption; null: the article's body as stored.</summary>
    public string? Body { get; init; }

    /// <summary>The article's published corrections ("Ralat"), newest first.</summary>
    public IReadOnlyList<Correction> Corrections { get; init; } = [];

    /// <summary>A preview of a revision: the note that will be published as a correction when it goes live; null: none.</summary>
    public string? PendingCorrection { get; init; }

    public sealed record Attachment(string Url, string Name);

    /// <summary>A published correction: when its revision went live, and the note.</summary>
    public sealed record Correction(DateTimeOffset PublishedAt, string Note);

    /// <summary>A draft's version shown before it is published (<paramref name="ExpiresAt"/>: a preview link's end).</summary>
    public sealed record PreviewNote(int Version, DateTimeOffset SavedAt, DateTimeOffset? ExpiresAt);
}
