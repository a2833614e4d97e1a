using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Pratinjau;

/// <summary>
/// A version of an item as the public article template (<c>_Artikel</c>) will show it once published: cover with its
/// variants, body photos, attachments, category and dates, marked as a preview. Through a preview link every address
/// of an uploaded file is rewritten to the link's own (<c>/pratinjau/{token}/media/...</c>), so a reader without an
/// account sees the photos of that version and nothing else.
/// </summary>
public sealed class PreviewRenderer(SopDbContext db, MediaFiles media)
{
    private static readonly HtmlParser Parser = new();

    public async Task<ArtikelView> RenderAsync(MateriPublikasi materi, MateriVersion version, string? linkToken, DateTimeOffset? expiresAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(materi);
        ArgumentNullException.ThrowIfNull(version);
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == version.CategoryId, ct);
        string Url(string url) => linkToken is null ? url : PreviewLinks.Path(linkToken) + url;
        // The media library's captions and credits, as the live article shows them.
        var bodyPhotos = BodyImages.Of(version.Body);
        var captions = await media.CaptionsAsync([.. bodyPhotos, .. version.CoverImageId is { } cc ? [cc] : Array.Empty<Guid>()], ct);
        var files = await media.ByIdsAsync([.. version.AttachmentIds, .. bodyPhotos, .. version.CoverImageId is { } c ? [c] : Array.Empty<Guid>()], ct);
        // The body's photos from their variants, as on the live page (a preview link's addresses are rewritten below).
        var body = Publik.BodyPhotos.Apply(Publik.BodyCaptions.Apply(version.Body, captions), files);

        var article = new PublishedArticle
        {
            Id = materi.Id,
            Slug = materi.Slug,
            Title = version.Title,
            Summary = version.Summary,
            Body = linkToken is null ? body : RewriteMedia(body, Url),
            CategoryName = category?.Name ?? string.Empty,
            CategorySlug = category?.Slug ?? string.Empty,
            PublishedAt = materi.FirstPublishedAt ?? version.CreatedAt,
            UpdatedAt = version.CreatedAt,
            ActivityDate = version.ActivityDate,
            ActivityPlace = version.ActivityPlace,
            CoverImageId = version.CoverImageId,
            CoverImageAlt = version.CoverImageAlt,
            AttachmentIds = version.AttachmentIds,
            Tags = version.Tags,
            KategoriInformasi = materi.KategoriInformasi,
            Dip = materi.Dip,
        };
        var cover = BeritaEndpoints.Foto(version.CoverImageId, version.CoverImageAlt, files)?.WithCaption(version.CoverImageId is { } cid ? captions.GetValueOrDefault(cid) : null);
        if (cover is not null && linkToken is not null)
        {
            cover = cover with { Varian = [.. cover.Varian.Select(v => v with { Url = Url(v.Url) })] };
        }

        var attachments = version.AttachmentIds.Where(files.ContainsKey)
            .Select(id => new ArtikelView.Attachment(Url(MediaUrls.Of(id)), files[id].DownloadName)).ToList();
        // The corrections already public, and this version's own note while it waits to go live.
        var corrections = await db.MateriRalat.AsNoTracking()
            .Where(r => r.MateriId == materi.Id)
            .OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.VersionNumber)
            .Select(r => new { r.VersionNumber, r.PublishedAt, r.Note })
            .ToListAsync(ct);
        var pending = version.CorrectionNote is { } note && materi.IsLive && !corrections.Any(r => r.VersionNumber == version.Number) ? note : null;
        return new ArtikelView(article, cover, attachments, new ArtikelView.PreviewNote(version.Number, version.CreatedAt, expiresAt))
        {
            Corrections = materi.IsLive ? [.. corrections.Select(r => new ArtikelView.Correction(r.PublishedAt, r.Note))] : [],
            PendingCorrection = pending,
        };
    }

    /// <summary>Every uploaded file a version shows: its cover, its attachments and the photos in its body.</summary>
    public static IReadOnlySet<Guid> FilesOf(MateriVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var ids = new HashSet<Guid>(BodyImages.Of(version.Body));
        ids.UnionWith(version.AttachmentIds);
        if (version.CoverImageId is { } cover)
        {
            ids.Add(cover);
        }

        return ids;
    }

    /// <summary>The body with each address of this site's media (img src and srcset, picture sources, links) passed through <paramref name="url"/>.</summary>
    public static string RewriteMedia(string body, Func<string, string> url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (string.IsNullOrEmpty(body) || !body.Contains("/media/", StringComparison.Ordinal))
        {
            return body;
        }

        using var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + body + "</body></html>");
        string One(string value) => value.StartsWith("/media/", StringComparison.Ordinal) ? url(value) : value;
        foreach (var element in document.QuerySelectorAll("img[src], a[href]"))
        {
            var name = element.LocalName == "a" ? "href" : "src";
            element.SetAttribute(name, One(element.GetAttribute(name)!));
        }

        foreach (var element in document.QuerySelectorAll("img[srcset], source[srcset]"))
        {
            var candidates = element.GetAttribute("srcset")!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => c.Split(' ', 2) is var parts && parts.Length == 2 ? One(parts[0]) + " " + parts[1] : One(parts[0]));
            element.SetAttribute("srcset", string.Join(", ", candidates));
        }

        return document.Body!.InnerHtml;
    }
}
