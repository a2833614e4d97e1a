using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Publik;

/// <summary>Reads published articles only: the query starts from the published version, so drafts cannot leak.</summary>
public sealed class PublicArticles(SopDbContext db)
{
    public const int MaxPageSize = 50;

    public async Task<(IReadOnlyList<PublishedArticle> Items, int Total)> PageAsync(int page, int pageSize, CancellationToken ct)
    {
        var query = Published();
        var total = await query.CountAsync(ct);
        var items = await query
            .OrderByDescending(a => a.PublishedAt)
            .ThenBy(a => a.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(ct);
        return (items, total);
    }

    public Task<PublishedArticle?> BySlugAsync(string slug, CancellationToken ct) =>
        Published().FirstOrDefaultAsync(a => a.Slug == slug, ct);

    /// <summary>Whether a media file belongs to a live version (cover or attachment) and may be served to anyone.</summary>
    public Task<bool> IsPublicMediaAsync(Guid mediaId, CancellationToken ct) =>
        db.Materi.AnyAsync(
            m => m.PublishedVersion != null
                && (m.PublishedVersion.CoverImageId == mediaId || m.PublishedVersion.AttachmentIds.Contains(mediaId)),
            ct);

    private IQueryable<PublishedArticle> Published() =>
        db.Materi.AsNoTracking()
            .Where(m => m.PublishedVersionId != null)
            .Select(m => new PublishedArticle
            {
                Id = m.Id,
                Slug = m.Slug,
                Title = m.PublishedVersion!.Title,
                Summary = m.PublishedVersion.Summary,
                Body = m.PublishedVersion.Body,
                CategoryName = m.PublishedVersion.Category!.Name,
                CategorySlug = m.PublishedVersion.Category.Slug,
                PublishedAt = m.FirstPublishedAt!.Value,
                UpdatedAt = m.LastPublishedAt!.Value,
                ActivityDate = m.PublishedVersion.ActivityDate,
                ActivityPlace = m.PublishedVersion.ActivityPlace,
                CoverImageId = m.PublishedVersion.CoverImageId,
                CoverImageAlt = m.PublishedVersion.CoverImageAlt,
                AttachmentIds = m.PublishedVersion.AttachmentIds,
            });
}
