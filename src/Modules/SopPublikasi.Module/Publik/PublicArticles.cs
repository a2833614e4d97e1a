using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Publik;

/// <summary>Reads published articles only: the query starts from the published version, so drafts cannot leak.</summary>
public sealed class PublicArticles(SopDbContext db, SearchIndex search)
{
    public const int MaxPageSize = 50;

    public Task<(IReadOnlyList<PublishedArticle> Items, int Total)> PageAsync(int page, int pageSize, CancellationToken ct) =>
        PageAsync(BeritaFilter.None, page, pageSize, ct);

    public async Task<(IReadOnlyList<PublishedArticle> Items, int Total)> PageAsync(BeritaFilter filter, int page, int pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var matching = string.IsNullOrWhiteSpace(filter.Query) ? null : await search.MatchingIdsAsync(filter.Query, ct);
        var query = Published(filter, matching);
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
        Published(BeritaFilter.None, null).FirstOrDefaultAsync(a => a.Slug == slug, ct);

    /// <summary>Published articles by id, in the order given (search results keep their rank).</summary>
    public async Task<IReadOnlyList<PublishedArticle>> ByIdsAsync(IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var found = await Published(BeritaFilter.None, ids).ToDictionaryAsync(a => a.Id, ct);
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    /// <summary>Whether a media file belongs to a live version (cover or attachment) and may be served to anyone.</summary>
    public Task<bool> IsPublicMediaAsync(Guid mediaId, CancellationToken ct) =>
        db.Materi.AnyAsync(
            m => m.PublishedVersion != null
                && (m.PublishedVersion.CoverImageId == mediaId || m.PublishedVersion.AttachmentIds.Contains(mediaId)),
            ct);

    private IQueryable<PublishedArticle> Published(BeritaFilter f, IReadOnlyList<Guid>? matching)
    {
        var query = db.Materi.AsNoTracking().Where(m => m.PublishedVersionId != null);
        if (!string.IsNullOrWhiteSpace(f.Kategori))
        {
            query = query.Where(m => m.PublishedVersion!.Category!.Slug == f.Kategori);
        }

        if (!string.IsNullOrWhiteSpace(f.Tag))
        {
            var tag = f.Tag.Trim().ToLowerInvariant();
            query = query.Where(m => m.PublishedVersion!.Tags.Contains(tag));
        }

        if (f.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), Common.IndonesianTime.WibOffset).ToUniversalTime();
            query = query.Where(m => m.FirstPublishedAt >= start);
        }

        if (f.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), Common.IndonesianTime.WibOffset).ToUniversalTime();
            query = query.Where(m => m.FirstPublishedAt < end);
        }

        if (f.Klasifikasi is { } klasifikasi)
        {
            query = query.Where(m => m.KategoriInformasi == klasifikasi);
        }

        if (matching is not null)
        {
            query = query.Where(m => matching.Contains(m.Id));
        }

        return query.Select(m => new PublishedArticle
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
            Tags = m.PublishedVersion.Tags,
            KategoriInformasi = m.KategoriInformasi,
            Dip = m.Dip,
        });
    }
}
