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
            .Select(m => new PublishedArticle(
                m.Id,
                m.Slug,
                m.PublishedVersion!.Title,
                m.PublishedVersion.Summary,
                m.PublishedVersion.Body,
                m.PublishedVersion.Category!.Name,
                m.PublishedVersion.Category.Slug,
                m.FirstPublishedAt!.Value,
                m.LastPublishedAt!.Value,
                m.PublishedVersion.ActivityDate,
                m.PublishedVersion.ActivityPlace,
                m.PublishedVersion.CoverImageId,
                m.PublishedVersion.CoverImageAlt,
                m.PublishedVersion.AttachmentIds));
}
