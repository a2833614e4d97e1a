using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Search;

namespace SopPublikasi.Module.Publik;

/// <summary>Reads published articles only: the query starts from the published version, so drafts cannot leak.</summary>
public sealed class PublicArticles(SopDbContext db, ISearchIndex search, ListTotals totals, FilteredTotals filteredTotals, PublicMediaMemo publicMedia)
{
    public const int MaxPageSize = 50;

    public Task<(IReadOnlyList<PublishedArticle> Items, int Total)> PageAsync(int page, int pageSize, CancellationToken ct) =>
        PageAsync(BeritaFilter.None, page, pageSize, ct);

    public async Task<(IReadOnlyList<PublishedArticle> Items, int Total)> PageAsync(BeritaFilter filter, int page, int pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (await CategoryIdAsync(filter, ct) is not { } category)
        {
            return ([], 0);
        }

        var matching = string.IsNullOrWhiteSpace(filter.Query) ? null : await search.MatchingIdsAsync(filter.Query, ct);
        var query = Published(filter, category, matching);
        // A plain list (all, or one category) is counted once per change of the lists; a filtered one each time.
        var total = filter with { Kategori = null } == BeritaFilter.None
            ? await totals.GetAsync(category, query.CountAsync, ct)
            : await query.CountAsync(ct);
        return (await NewestFirst(query, Offset(page, pageSize), pageSize, Project(withBody: false)).ToListAsync(ct), total);
    }

    /// <summary>
    /// A page of the API's list: the card's fields with the tags and the cover, newest first, with the number of
    /// matches. An unfiltered list and one category's are compiled queries; other filters are composed. Every list is
    /// counted once per change of the published content (<see cref="ListTotals"/>, <see cref="FilteredTotals"/>).
    /// </summary>
    public async Task<(IReadOnlyList<PublishedArticle> Items, int Total)> ListPageAsync(BeritaFilter filter, int page, int pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (await CategoryIdAsync(filter, ct) is not { } category)
        {
            return ([], 0);
        }

        var skip = (page - 1L) * pageSize;
        if (filter with { Kategori = null } == BeritaFilter.None)
        {
            var listed = await totals.GetAsync(category, token => Published(BeritaFilter.None, category, null).CountAsync(token), ct);
            return skip >= listed
                ? ([], listed)
                : (await ToListAsync(category == 0 ? NewestListRows(db, (int)skip, pageSize) : NewestListRowsInCategory(db, category, (int)skip, pageSize), ct), listed);
        }

        var key = filter with { Query = filter.Query?.Trim().ToLowerInvariant() };
        if (string.IsNullOrWhiteSpace(filter.Query))
        {
            // Without words, every combination of filters is one compiled query: a filter left out is a null
            // argument, which EF Core drops from the SQL (one statement per combination, prepared once).
            var (c, tag, start, end, klasifikasi) = (category == 0 ? (int?)null : category, NormalTag(filter.Tag), Start(filter.From), End(filter.To), filter.Klasifikasi);
            var counted = await filteredTotals.GetAsync(key, token => FilteredCount(db, c, tag, start, end, klasifikasi, token), ct);
            return skip >= counted
                ? ([], counted)
                : (await ToListAsync(FilteredListRows(db, c, tag, start, end, klasifikasi, (int)skip, pageSize), ct), counted);
        }

        var matching = await search.MatchingIdsAsync(filter.Query, ct);
        var query = Published(filter, category, matching);
        var total = await filteredTotals.GetAsync(key, query.CountAsync, ct);
        return skip >= total
            ? ([], total)
            : (await NewestFirst(query, (int)skip, pageSize, ListRow).ToListAsync(ct), total);
    }

    /// <summary>The rows before a page, computed without overflow (a page past the end reads nothing).</summary>
    public static int Offset(int page, int pageSize) => (int)Math.Clamp((page - 1L) * pageSize, 0, int.MaxValue);

    private static string? NormalTag(string? tag) => string.IsNullOrWhiteSpace(tag) ? null : tag.Trim().ToLowerInvariant();

    /// <summary>
    /// The first instant of a day in WIB, as the publication times are stored (UTC). Any valid date is a bound: the
    /// calendar's first day has no instant before it in UTC (its WIB midnight is 7 hours before the range), and
    /// starting there bounds nothing, so it is no bound (null).
    /// </summary>
    private static DateTimeOffset? Start(DateOnly? from) =>
        from is { } day && day > DateOnly.MinValue
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Common.IndonesianTime.WibOffset).ToUniversalTime()
            : null;

    /// <summary>The first instant after a day in WIB; after the calendar's last day there is none, so no bound (null).</summary>
    private static DateTimeOffset? End(DateOnly? to) => to is { } day && day < DateOnly.MaxValue ? Start(day.AddDays(1)) : null;

    /// <summary>
    /// A page of cards for the public list pages: every article (<paramref name="category"/> 0) or one category's,
    /// newest first, with the list's total. Compiled queries: the list pages run them on every request.
    /// </summary>
    public async Task<(IReadOnlyList<PublishedArticle> Items, int Total)> CardsPageAsync(int category, int page, int pageSize, CancellationToken ct)
    {
        var total = await totals.GetAsync(category, token => Published(BeritaFilter.None, category, null).CountAsync(token), ct);
        var skip = (page - 1L) * pageSize;
        return skip >= total ? ([], total) : (await NewestCardsAsync(category, (int)skip, pageSize, ct), total);
    }

    /// <summary>The newest <paramref name="take"/> cards of every article (category 0) or of one category, without counting them.</summary>
    public Task<List<PublishedArticle>> NewestCardsAsync(int category, int skip, int take, CancellationToken ct) =>
        ToListAsync(category == 0 ? NewestCards(db, skip, take) : NewestCardsInCategory(db, category, skip, take), ct);

    /// <summary>The newest <paramref name="take"/> cards of one information class (serta merta on the Beranda).</summary>
    public Task<List<PublishedArticle>> NewestCardsAsync(KategoriInformasi klasifikasi, int take, CancellationToken ct) =>
        ToListAsync(NewestCardsOfClass(db, klasifikasi, take), ct);

    /// <summary>The Beranda's headline: the newest published article of one category that has a cover photo, or null.</summary>
    public Task<PublishedArticle?> NewestWithCoverAsync(int category, CancellationToken ct) =>
        db.Set<MateriPublikasi>().AsNoTracking()
            .Where(m => m.PublishedCategoryId == category && m.PublishedVersion!.CoverImageId != null)
            .OrderByDescending(m => m.FirstPublishedAt).ThenByDescending(m => m.Id)
            .Select(ListRow)
            .FirstOrDefaultAsync(ct);

    /// <summary>A category by its slug (null: no such category).</summary>
    public Task<Category?> CategoryAsync(string slug, CancellationToken ct) => CategoryBySlug(db, slug, ct);

    private static async Task<List<PublishedArticle>> ToListAsync(IAsyncEnumerable<PublishedArticle> rows, CancellationToken ct)
    {
        var list = new List<PublishedArticle>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            list.Add(row);
        }

        return list;
    }

    /// <summary>
    /// The filter's category as an id (0: no category filter; null: no such category), so that the list query
    /// compares a plain number along its index.
    /// </summary>
    private async Task<int?> CategoryIdAsync(BeritaFilter filter, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(filter.Kategori) ? 0 : (await CategoryBySlug(db, filter.Kategori, ct))?.Id;

    /// <summary>
    /// Newest first along the (FirstPublishedAt, Id) indexes, so that a page reads its own rows and no more; list
    /// rows leave the body out (it is most of an article's bytes).
    /// </summary>
    private static IQueryable<PublishedArticle> NewestFirst(
        IQueryable<MateriPublikasi> query, int skip, int take, System.Linq.Expressions.Expression<Func<MateriPublikasi, PublishedArticle>> row) =>
        query
            .OrderByDescending(m => m.FirstPublishedAt)
            .ThenByDescending(m => m.Id)
            .Skip(skip)
            .Take(take)
            .Select(row);

    public Task<PublishedArticle?> BySlugAsync(string slug, CancellationToken ct) => BySlug(db, slug, ct);

    /// <summary>
    /// Whether the address belonged to an article that was public and was taken off the site (withdrawn, or exempted
    /// afterwards): such an address answers 410 Gone instead of 404. Asked only when no live article has it.
    /// </summary>
    public Task<bool> IsGoneAsync(string slug, CancellationToken ct) =>
        db.Set<MateriPublikasi>().AsNoTracking().AnyAsync(
            m => m.Slug == slug && m.PublishedVersionId == null && m.FirstPublishedAt != null
                && (m.State == Workflow.WorkflowState.Ditarik || m.State == Workflow.WorkflowState.Dikecualikan),
            ct);

    private static readonly System.Linq.Expressions.Expression<Func<MateriPublikasi, PublishedArticle>> WithBody = Project(withBody: true);

    /// <summary>The article page's query, compiled once: it is the most requested query of the public site.</summary>
    private static readonly Func<SopDbContext, string, CancellationToken, Task<PublishedArticle?>> BySlug = EF.CompileAsyncQuery(
        (SopDbContext db, string slug, CancellationToken ct) =>
            db.Set<MateriPublikasi>().AsNoTracking().Where(m => m.PublishedVersionId != null && m.Slug == slug).Select(WithBody).FirstOrDefault());


    /// <summary>
    /// The published corrections ("Ralat") of a live article, newest first; none for an article that is not live
    /// (withdrawn or exempted: its corrections are not served).
    /// </summary>
    public async Task<IReadOnlyList<ArtikelView.Correction>> CorrectionsAsync(Guid materiId, CancellationToken ct)
    {
        var list = new List<ArtikelView.Correction>();
        await foreach (var row in CorrectionsOf(db, materiId).WithCancellation(ct))
        {
            list.Add(row);
        }

        return list;
    }

    private static readonly Func<SopDbContext, Guid, IAsyncEnumerable<ArtikelView.Correction>> CorrectionsOf = EF.CompileAsyncQuery(
        (SopDbContext db, Guid id) => db.Set<MateriRalat>().AsNoTracking()
            .Where(r => r.MateriId == id && db.Set<MateriPublikasi>().Any(m => m.Id == id && m.PublishedVersionId != null))
            .OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.VersionNumber)
            .Select(r => new ArtikelView.Correction(r.PublishedAt, r.Note)));

    /// <summary>Published articles by id, in the order given (search results keep their rank).</summary>
    public async Task<IReadOnlyList<PublishedArticle>> ByIdsAsync(IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        if (db.Database.IsSqlite())
        {
            // A kept statement (the search page's cards): see SqliteCards.
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                return SqliteCards.ByIds((SqliteConnection)db.Database.GetDbConnection(), ids, ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        var found = new Dictionary<Guid, PublishedArticle>();
        await foreach (var article in ByIds(db, [.. ids]).WithCancellation(ct))
        {
            found[article.Id] = article;
        }

        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    /// <summary>
    /// What a card in a list of articles shows: no body, and none of the stored lists (tags, attachments, DIP
    /// fields), which are JSON text to parse on every row. Written out rather than a flag of <see cref="Project"/>:
    /// EF Core turns an empty list given there into a JSON constant that every row parses again.
    /// </summary>
    private static readonly System.Linq.Expressions.Expression<Func<MateriPublikasi, PublishedArticle>> CardRow = m => new PublishedArticle
    {
        Id = m.Id,
        Slug = m.Slug,
        Title = m.PublishedVersion!.Title,
        Summary = m.PublishedVersion.Summary,
        Body = string.Empty,
        CategoryName = m.PublishedVersion.Category!.Name,
        CategorySlug = m.PublishedVersion.Category.Slug,
        PublishedAt = m.FirstPublishedAt!.Value,
        UpdatedAt = m.LastPublishedAt!.Value,
        ActivityDate = m.PublishedVersion.ActivityDate,
        ActivityPlace = m.PublishedVersion.ActivityPlace,
        CoverImageId = m.PublishedVersion.CoverImageId,
        CoverImageAlt = m.PublishedVersion.CoverImageAlt,
        KategoriInformasi = m.KategoriInformasi,
    };

    /// <summary>A row of the API's list: a card with its tags (stored as JSON) and its cover.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<MateriPublikasi, PublishedArticle>> ListRow = m => new PublishedArticle
    {
        Id = m.Id,
        Slug = m.Slug,
        Title = m.PublishedVersion!.Title,
        Summary = m.PublishedVersion.Summary,
        Body = string.Empty,
        CategoryName = m.PublishedVersion.Category!.Name,
        CategorySlug = m.PublishedVersion.Category.Slug,
        PublishedAt = m.FirstPublishedAt!.Value,
        UpdatedAt = m.LastPublishedAt!.Value,
        CoverImageId = m.PublishedVersion.CoverImageId,
        CoverImageAlt = m.PublishedVersion.CoverImageAlt,
        Tags = m.PublishedVersion.Tags,
        KategoriInformasi = m.KategoriInformasi,
    };

    private static readonly Func<SopDbContext, int, int, IAsyncEnumerable<PublishedArticle>> NewestListRows = Newest(ListRow);

    private static readonly Func<SopDbContext, int, int, int, IAsyncEnumerable<PublishedArticle>> NewestListRowsInCategory = NewestInCategory(ListRow);

    private static readonly Func<SopDbContext, int, int, IAsyncEnumerable<PublishedArticle>> NewestCards = Newest(CardRow);

    private static readonly Func<SopDbContext, int, int, int, IAsyncEnumerable<PublishedArticle>> NewestCardsInCategory = NewestInCategory(CardRow);

    /// <summary>
    /// The API's list under filters without words, newest first: each filter is an argument, null when not asked.
    /// </summary>
    private static readonly Func<SopDbContext, int?, string?, DateTimeOffset?, DateTimeOffset?, KategoriInformasi?, int, int, IAsyncEnumerable<PublishedArticle>> FilteredListRows =
        EF.CompileAsyncQuery((SopDbContext db, int? category, string? tag, DateTimeOffset? start, DateTimeOffset? end, KategoriInformasi? klasifikasi, int skip, int take) =>
            db.Set<MateriPublikasi>().AsNoTracking()
                .Where(m => m.PublishedVersionId != null
                    && (category == null || m.PublishedCategoryId == category)
                    && (tag == null || m.PublishedVersion!.Tags.Contains(tag))
                    && (start == null || m.FirstPublishedAt >= start)
                    && (end == null || m.FirstPublishedAt < end)
                    && (klasifikasi == null || m.KategoriInformasi == klasifikasi))
                .OrderByDescending(m => m.FirstPublishedAt).ThenByDescending(m => m.Id).Skip(skip).Take(take)
                .Select(ListRow));

    /// <summary>How many articles <see cref="FilteredListRows"/> pages through (the same conditions).</summary>
    private static readonly Func<SopDbContext, int?, string?, DateTimeOffset?, DateTimeOffset?, KategoriInformasi?, CancellationToken, Task<int>> FilteredCount =
        EF.CompileAsyncQuery((SopDbContext db, int? category, string? tag, DateTimeOffset? start, DateTimeOffset? end, KategoriInformasi? klasifikasi, CancellationToken ct) =>
            db.Set<MateriPublikasi>()
                .Count(m => m.PublishedVersionId != null
                    && (category == null || m.PublishedCategoryId == category)
                    && (tag == null || m.PublishedVersion!.Tags.Contains(tag))
                    && (start == null || m.FirstPublishedAt >= start)
                    && (end == null || m.FirstPublishedAt < end)
                    && (klasifikasi == null || m.KategoriInformasi == klasifikasi)));

    /// <summary>Every published article, newest first, as <paramref name="row"/>: a compiled query (skip, take).</summary>
    private static Func<SopDbContext, int, int, IAsyncEnumerable<PublishedArticle>> Newest(
        System.Linq.Expressions.Expression<Func<MateriPublikasi, PublishedArticle>> row) => EF.CompileAsyncQuery(
        (SopDbContext db, int skip, int take) => db.Set<MateriPublikasi>().AsNoTracking()
            .Where(m => m.PublishedVersionId != null)
            .OrderByDescending(m => m.FirstPublishedAt).ThenByDescending(m => m.Id).Skip(skip).Take(take)
            .Select(row));

    /// <summary>One category's published articles, newest first, as <paramref name="row"/>: a compiled query (category, skip, take).</summary>
    private static Func<SopDbContext, int, int, int, IAsyncEnumerable<PublishedArticle>> NewestInCategory(
        System.Linq.Expressions.Expression<Func<MateriPublikasi, PublishedArticle>> row) => EF.CompileAsyncQuery(
        (SopDbContext db, int category, int skip, int take) => db.Set<MateriPublikasi>().AsNoTracking()
            .Where(m => m.PublishedCategoryId == category)
            .OrderByDescending(m => m.FirstPublishedAt).ThenByDescending(m => m.Id).Skip(skip).Take(take)
            .Select(row));

    private static readonly Func<SopDbContext, KategoriInformasi, int, IAsyncEnumerable<PublishedArticle>> NewestCardsOfClass = EF.CompileAsyncQuery(
        (SopDbContext db, KategoriInformasi klasifikasi, int take) => db.Set<MateriPublikasi>().AsNoTracking()
            .Where(m => m.PublishedVersionId != null && m.KategoriInformasi == klasifikasi)
            .OrderByDescending(m => m.FirstPublishedAt).ThenByDescending(m => m.Id).Take(take)
            .Select(CardRow));

    private static readonly Func<SopDbContext, string, CancellationToken, Task<Category?>> CategoryBySlug = EF.CompileAsyncQuery(
        (SopDbContext db, string slug, CancellationToken ct) => db.Set<Category>().AsNoTracking().FirstOrDefault(c => c.Slug == slug));

    /// <summary>A page of search results on PostgreSQL, compiled once (SQLite reads them with <see cref="SqliteCards"/>).</summary>
    private static readonly Func<SopDbContext, Guid[], IAsyncEnumerable<PublishedArticle>> ByIds = EF.CompileAsyncQuery(
        (SopDbContext db, Guid[] ids) => db.Set<MateriPublikasi>().AsNoTracking().Where(m => m.PublishedVersionId != null && ids.Contains(m.Id)).Select(CardRow));

    /// <summary>
    /// Whether a media file belongs to a live version and may be served to anyone: its cover, an attachment, or a
    /// photo its body shows (an img element loading the file, <see cref="Media.BodyImages"/>; a document never is).
    /// A link, or text that merely contains the file's address, makes nothing public.
    /// </summary>
    public Task<bool> IsPublicMediaAsync(Guid mediaId, CancellationToken ct) => publicMedia.GetAsync(mediaId, async token =>
    {
        if (await db.Materi.AnyAsync(
            m => m.PublishedVersion != null && (m.PublishedVersion.CoverImageId == mediaId || m.PublishedVersion.AttachmentIds.Contains(mediaId)),
            token))
        {
            return true;
        }

        // The text search only finds the candidates; each body is then read as HTML.
        var address = Media.MediaUrls.Of(mediaId);
        var bodies = await db.Materi.AsNoTracking()
            .Where(m => m.PublishedVersion != null && m.PublishedVersion.Body.Contains(address))
            .Select(m => m.PublishedVersion!.Body)
            .ToListAsync(token);
        return bodies.Any(body => Media.BodyImages.Of(body).Contains(mediaId))
            && await db.Set<Media.MediaFile>().AnyAsync(f => f.Id == mediaId && f.Kind == Media.MediaKind.Image, token);
    }, ct);

    private IQueryable<MateriPublikasi> Published(BeritaFilter f, int category, IReadOnlyList<Guid>? matching)
    {
        // An item has a published category exactly when it has a live version, so one category is read (and
        // counted) from its index alone.
        var query = category != 0
            ? db.Materi.AsNoTracking().Where(m => m.PublishedCategoryId == category)
            : db.Materi.AsNoTracking().Where(m => m.PublishedVersionId != null);

        if (NormalTag(f.Tag) is { } tag)
        {
            query = query.Where(m => m.PublishedVersion!.Tags.Contains(tag));
        }

        if (Start(f.From) is { } start)
        {
            query = query.Where(m => m.FirstPublishedAt >= start);
        }

        if (End(f.To) is { } end)
        {
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

        return query;
    }

    /// <summary>The public fields of the live version; <see cref="PublishedArticle.Body"/> is empty unless <paramref name="withBody"/>.</summary>
    private static System.Linq.Expressions.Expression<Func<MateriPublikasi, PublishedArticle>> Project(bool withBody) =>
        m => new PublishedArticle
        {
            Id = m.Id,
            Slug = m.Slug,
            Title = m.PublishedVersion!.Title,
            Summary = m.PublishedVersion.Summary,
            Body = withBody ? m.PublishedVersion.Body : string.Empty,
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
        };
}
