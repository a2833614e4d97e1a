using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;

namespace SopPublikasi.Module.Publik;

/// <summary>
/// The photos the public pages show besides the article page: the covers of a list's cards, and the Galeri (the
/// photos of published articles, one album per article, newest first). Files are read through the per-process
/// <see cref="MediaCatalog"/>; the Galeri's size is counted once per change of the published content.
/// </summary>
public sealed class PublicPhotos(SopDbContext db, MediaFiles media, GaleriTotals totals)
{
    public const int AlbumsPerPage = 12;

    /// <summary>The photos shown per album on the Galeri page; the article shows the rest.</summary>
    public const int PhotosPerAlbum = 8;

    /// <summary>The cards' covers (with their variants) by article id; an article without a stored cover has none.</summary>
    public async Task<IReadOnlyDictionary<Guid, BeritaEndpoints.FotoView>> CoversAsync(IEnumerable<PublishedArticle> articles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var list = articles.Where(a => a.CoverImageId is not null).ToList();
        if (list.Count == 0)
        {
            return new Dictionary<Guid, BeritaEndpoints.FotoView>();
        }

        var files = await media.CataloguedAsync(list.Select(a => a.CoverImageId), ct);
        var covers = new Dictionary<Guid, BeritaEndpoints.FotoView>();
        foreach (var a in list)
        {
            if (files.TryGetValue(a.CoverImageId!.Value, out var file) && file.Kind == MediaKind.Image)
            {
                covers[a.Id] = new BeritaEndpoints.FotoView(a.CoverImageAlt, BeritaEndpoints.Varian(file));
            }
        }

        return covers;
    }

    /// <summary>A photo of the Galeri: the picture with its variants and the text naming it (its alt, else the article's title).</summary>
    public sealed record GaleriFoto(Guid MediaId, string Alt, BeritaEndpoints.FotoView Foto);

    /// <summary>An album: one published article's cover and body photos, cover first.</summary>
    public sealed record GaleriAlbum(Guid Id, string Slug, string Title, DateTimeOffset PublishedAt, IReadOnlyList<GaleriFoto> Photos, int TotalPhotos);

    /// <summary>
    /// A page of albums, newest article first, with the number of articles that may hold photos (a cover, or an
    /// address of this site's media in the body). A body that only links to a file holds no photo: its album is
    /// left out of the page, so a page may show fewer albums than <see cref="AlbumsPerPage"/>.
    /// </summary>
    public async Task<(IReadOnlyList<GaleriAlbum> Albums, int Total)> GaleriPageAsync(int page, CancellationToken ct)
    {
        var total = await totals.GetAsync(0, token => WithPhotos().CountAsync(token), ct);
        var skip = PublicArticles.Offset(page, AlbumsPerPage);
        if (skip >= total)
        {
            return ([], total);
        }

        var rows = await WithPhotos()
            .OrderByDescending(m => m.FirstPublishedAt).ThenByDescending(m => m.Id)
            .Skip(skip).Take(AlbumsPerPage)
            .Select(m => new
            {
                m.Id,
                m.Slug,
                m.PublishedVersion!.Title,
                PublishedAt = m.FirstPublishedAt!.Value,
                m.PublishedVersion.CoverImageId,
                m.PublishedVersion.CoverImageAlt,
                m.PublishedVersion.Body,
            })
            .ToListAsync(ct);

        var photos = rows.ToDictionary(r => r.Id, r =>
        {
            var list = new List<(Guid Id, string? Alt)>();
            if (r.CoverImageId is { } cover)
            {
                list.Add((cover, r.CoverImageAlt));
            }

            list.AddRange(BodyPhotos.InOrder(r.Body).Where(p => p.Id != r.CoverImageId));
            return list;
        });
        var files = await media.CataloguedAsync(photos.Values.SelectMany(l => l).Select(p => (Guid?)p.Id), ct);
        var albums = new List<GaleriAlbum>();
        foreach (var r in rows)
        {
            var shown = photos[r.Id].Where(p => files.TryGetValue(p.Id, out var f) && f.Kind == MediaKind.Image).ToList();
            if (shown.Count == 0)
            {
                continue;
            }

            albums.Add(new GaleriAlbum(r.Id, r.Slug, r.Title, r.PublishedAt, [.. shown.Take(PhotosPerAlbum).Select((p, i) =>
            {
                var alt = string.IsNullOrWhiteSpace(p.Alt) ? $"Foto {i + 1} dari berita {r.Title}" : p.Alt.Trim();
                return new GaleriFoto(p.Id, alt, new BeritaEndpoints.FotoView(alt, BeritaEndpoints.Varian(files[p.Id])));
            })], shown.Count));
        }

        return (albums, total);
    }

    /// <summary>The live articles that may hold photos: a cover, or an address of this site's media in the body.</summary>
    private IQueryable<MateriPublikasi> WithPhotos() =>
        db.Materi.AsNoTracking().Where(m => m.PublishedVersionId != null
            && (m.PublishedVersion!.CoverImageId != null || m.PublishedVersion.Body.Contains(MediaPrefix)));

    private const string MediaPrefix = "/media/";
}

/// <summary>How many live articles may hold photos (the Galeri's albums), counted once per change of the published content.</summary>
public sealed class GaleriTotals : PublishedMemo<int, int>;
