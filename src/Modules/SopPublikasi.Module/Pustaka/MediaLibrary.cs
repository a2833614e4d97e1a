using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Publik;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.Pustaka;

/// <summary>The library's search: words in the file name, caption or credit; upload day range; kind; a page.</summary>
public sealed record MediaSearch
{
    public const int DefaultPageSize = 24;

    public const int MaxPageSize = 100;

    public string? Q { get; init; }

    public DateOnly? Dari { get; init; }

    public DateOnly? Sampai { get; init; }

    /// <summary>"gambar" (default) or "dokumen"; documents are listed to their uploader and to those who see everything.</summary>
    public MediaKind Jenis { get; init; } = MediaKind.Image;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    public static MediaSearch Parse(Func<string, string?> value, out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(value);
        var e = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? Text(string key) => string.IsNullOrWhiteSpace(value(key)) ? null : value(key)!.Trim();

        DateOnly? Date(string key)
        {
            if (Text(key) is not { } s)
            {
                return null;
            }

            if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            e[key] = ["Tanggal harus berbentuk yyyy-MM-dd."];
            return null;
        }

        int? Int(string key, int max, string message)
        {
            if (Text(key) is not { } s)
            {
                return null;
            }

            if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max)
            {
                return n;
            }

            e[key] = [message];
            return null;
        }

        var kind = MediaKind.Image;
        switch (Text("jenis")?.ToLowerInvariant())
        {
            case null or "gambar":
                break;
            case "dokumen":
                kind = MediaKind.Document;
                break;
            default:
                e["jenis"] = ["Jenis harus gambar atau dokumen."];
                break;
        }

        var q = Text("q");
        if (q is { Length: > 200 })
        {
            e["q"] = ["Kata pencarian paling panjang 200 karakter."];
            q = null;
        }

        var search = new MediaSearch
        {
            Q = q,
            Dari = Date("dari"),
            Sampai = Date("sampai"),
            Jenis = kind,
            Page = Int("page", 100_000, "Halaman harus bilangan 1 atau lebih.") ?? 1,
            PageSize = Int("pageSize", MaxPageSize, $"pageSize harus bilangan 1 sampai {MaxPageSize}.") ?? DefaultPageSize,
        };
        errors = e;
        return search;
    }
}

/// <summary>An item that uses a file: as the cover or in the body of its latest or live version; <paramref name="Visible"/>: the person may open it in the admin.</summary>
public sealed record MediaUse(Guid MateriId, string Judul, bool Terbit, string Slug, bool Visible);

public sealed record LibraryItem(MediaFile File, IReadOnlyList<MediaUse> UsedBy);

public sealed record LibraryPage(IReadOnlyList<LibraryItem> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The media library: uploaded files found again (<see cref="MediaLibraryAccess"/> decides which), with their
/// caption and credit, and the items that use each.
/// </summary>
public sealed class MediaLibrary(SopDbContext db, MediaCatalog catalog, IOutputCacheStore cache)
{
    public async Task<LibraryPage> SearchAsync(MediaSearch search, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(actor);
        IQueryable<MediaFile> query = search.Jenis == MediaKind.Image
            ? MediaLibraryAccess.Photos(db, actor)
            : MateriAccess.SeesEverything(actor)
                ? db.Media.Where(f => f.Kind == MediaKind.Document)
                : db.Media.Where(f => f.Kind == MediaKind.Document && f.UploadedById == actor.Id);
        query = query.AsNoTracking();

        if (search.Q is { } q)
        {
            var needle = q.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), the same on both databases
            query = query.Where(f => f.OriginalName.ToLower().Contains(needle)
                || (f.Caption != null && f.Caption.ToLower().Contains(needle))
                || (f.Credit != null && f.Credit.ToLower().Contains(needle)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (search.Dari is { } from)
        {
            var start = StartOfDay(from);
            query = query.Where(f => f.UploadedAt >= start);
        }

        if (search.Sampai is { } to && to < DateOnly.MaxValue)
        {
            var end = StartOfDay(to.AddDays(1));
            query = query.Where(f => f.UploadedAt < end);
        }

        var total = await query.CountAsync(ct);
        var files = await query.OrderByDescending(f => f.UploadedAt).ThenBy(f => f.Id)
            .Skip((search.Page - 1) * search.PageSize).Take(search.PageSize).ToListAsync(ct);
        var uses = await UsesAsync([.. files.Select(f => f.Id)], actor, ct);
        return new LibraryPage([.. files.Select(f => new LibraryItem(f, uses.GetValueOrDefault(f.Id) ?? []))], total, search.Page, search.PageSize);
    }

    /// <summary>One file of the library, if the person may see it.</summary>
    public async Task<LibraryItem?> FindAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var file = await MediaLibraryAccess.Photos(db, actor).AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        return file is null ? null : new LibraryItem(file, (await UsesAsync([id], actor, ct)).GetValueOrDefault(id) ?? []);
    }

    /// <summary>
    /// Sets a photo's caption and credit (trimmed; empty clears), if the person may see it; the public pages that show
    /// it are refreshed here at once and on other instances through the change stamp.
    /// </summary>
    public async Task<LibraryItem?> DescribeAsync(Guid id, string? caption, string? credit, Actor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        caption = Clean(caption);
        credit = Clean(credit);
        if (caption is { Length: > MediaFile.CaptionMaxLength })
        {
            errors["keterangan"] = [$"Keterangan paling panjang {MediaFile.CaptionMaxLength} karakter."];
        }

        if (credit is { Length: > MediaFile.CreditMaxLength })
        {
            errors["kredit"] = [$"Kredit foto paling panjang {MediaFile.CreditMaxLength} karakter."];
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        if (!await MediaLibraryAccess.Photos(db, actor).AnyAsync(f => f.Id == id, ct))
        {
            return null;
        }

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.Media.Where(f => f.Id == id).ExecuteUpdateAsync(s => s.SetProperty(f => f.Caption, caption).SetProperty(f => f.Credit, credit), ct);
            await PublicCacheStamp.BumpAsync(db, ct);
            await tx.CommitAsync(ct);
        }

        catalog.Forget(id);
        var item = await FindAsync(id, actor, ct);
        foreach (var use in item?.UsedBy.Where(u => u.Terbit) ?? [])
        {
            await cache.EvictByTagAsync(PublicCache.ArticleTag(use.Slug), ct);
        }

        await cache.EvictByTagAsync(PublicCache.ListsTag, ct);
        return item;
    }

    /// <summary>
    /// The items whose live version shows these files (cover or body image), and the items the person may see whose
    /// latest version does; a published item the person may not open in the admin is named with its public page.
    /// </summary>
    private async Task<Dictionary<Guid, List<MediaUse>>> UsesAsync(IReadOnlyList<Guid> ids, Actor actor, CancellationToken ct)
    {
        var uses = new Dictionary<Guid, List<MediaUse>>();
        if (ids.Count == 0)
        {
            return uses;
        }

        var visibleIds = db.Materi.Where(MateriAccess.VisibleTo(actor)).Select(m => m.Id);
        var items = db.Materi;
        var versions = db.MateriVersions.AsNoTracking();

        // Candidates: a cover id among the page's, or a body that names a file of this site (read below as HTML).
        var addresses = ids.Select(MediaUrls.Of).ToList();
        var candidates = await versions
            .Where(v => items.Any(m => m.Id == v.MateriId && (m.PublishedVersionId == v.Id || (m.LatestVersionId == v.Id && visibleIds.Contains(m.Id)))))
            .Where(v => (v.CoverImageId != null && ids.Contains(v.CoverImageId.Value)) || v.Body.Contains("/media/"))
            .Select(v => new { v.MateriId, v.Id, v.Title, v.CoverImageId, Body = v.Body.Contains("/media/") ? v.Body : null })
            .ToListAsync(ct);
        var materiIds = candidates.Select(c => c.MateriId).Distinct().ToList();
        var rows = await items.AsNoTracking().Where(m => materiIds.Contains(m.Id))
            .Select(m => new { m.Id, m.PublishedVersionId, m.LatestVersionId, m.Slug, Visible = visibleIds.Contains(m.Id) })
            .ToDictionaryAsync(m => m.Id, ct);

        // The latest version's title first (a revision may rename the article).
        foreach (var v in candidates.OrderByDescending(c => rows.GetValueOrDefault(c.MateriId)?.LatestVersionId == c.Id))
        {
            var shown = new HashSet<Guid>();
            if (v.CoverImageId is { } cover && ids.Contains(cover))
            {
                shown.Add(cover);
            }

            if (v.Body is { } body && addresses.Any(a => body.Contains(a, StringComparison.OrdinalIgnoreCase)))
            {
                shown.UnionWith(BodyImages.Of(body).Where(ids.Contains));
            }

            var item = rows.GetValueOrDefault(v.MateriId);
            foreach (var id in shown)
            {
                var list = uses.TryGetValue(id, out var l) ? l : uses[id] = [];
                if (item is not null && !list.Any(u => u.MateriId == v.MateriId))
                {
                    list.Add(new MediaUse(v.MateriId, v.Title, item.PublishedVersionId is not null, item.Slug, item.Visible));
                }
            }
        }

        return uses;
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : VisibleText.Of(value).Trim();

    private static DateTimeOffset StartOfDay(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), IndonesianTime.WibOffset).ToUniversalTime();
}
