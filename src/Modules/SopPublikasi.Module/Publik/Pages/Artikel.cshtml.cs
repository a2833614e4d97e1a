using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Publik;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Publik.Pages;

/// <summary>A published article, with Open Graph and schema.org NewsArticle data for link previews and search engines.</summary>
[OutputCache(PolicyName = PublicCache.Article)]
public sealed class ArtikelModel(PublicArticles articles, Media.MediaFiles media, IOptions<SiteOptions> site, SiteSettings settings, SiteLogo logo) : PageModel
{
    public PublishedArticle? Article { get; private set; }

    public BeritaEndpoints.FotoView? Cover { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Attachments { get; private set; } = [];

    /// <summary>What the public article template shows.</summary>
    public ArtikelView View { get; private set; } = null!;

    public string JsonLd { get; private set; } = "{}";

    /// <summary>The address belonged to an article that was withdrawn: the page says so, with 410 Gone.</summary>
    public bool Gone { get; private set; }

    /// <summary>The article's body with each captioned photo in a figure with its figcaption, its photos served from their variants.</summary>
    public string Body { get; private set; } = string.Empty;

    private string _organizationName = string.Empty;

    private Dictionary<string, string> Organization() => new() { ["@type"] = "GovernmentOrganization", ["name"] = _organizationName, ["url"] = site.Value.PublicBaseUrl };

    public string AbsoluteUrl(string path) => site.Value.AbsoluteUrl(path);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        Article = await articles.BySlugAsync(slug, ct);
        if (Article is null && await articles.IsGoneAsync(slug, ct))
        {
            Gone = true;
            Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status410Gone;
            return Page();
        }

        if (Article is null)
        {
            return NotFound();
        }

        _organizationName = (await settings.GetAsync(ct)).Name;
        var bodyPhotos = Media.BodyImages.Of(Article.Body);
        var files = await media.CataloguedAsync([Article.CoverImageId, .. Article.AttachmentIds.Select(id => (Guid?)id), .. bodyPhotos.Select(id => (Guid?)id)], ct);
        // Captions and credits of the media library, read from the database (they may change after upload).
        var captions = await media.CaptionsAsync([.. bodyPhotos, .. Article.CoverImageId is { } c ? [c] : Array.Empty<Guid>()], ct);
        Cover = BeritaEndpoints.Foto(Article.CoverImageId, Article.CoverImageAlt, files)?.WithCaption(Article.CoverImageId is { } cid ? captions.GetValueOrDefault(cid) : null);
        Body = BodyPhotos.Apply(BodyCaptions.Apply(Article.Body, captions), files);
        var corrections = await articles.CorrectionsAsync(Article.Id, ct);
        Attachments = [.. Article.AttachmentIds.Where(files.ContainsKey).Select(id => (id, files[id].DownloadName))];
        View = new ArtikelView(Article, Cover, [.. Attachments.Select(f => new ArtikelView.Attachment(Media.MediaUrls.Of(f.Id), f.Name))])
        {
            ShareUrl = AbsoluteUrl("/berita/" + Article.Slug),
            Body = Body,
            Corrections = corrections,
        };
        JsonLd = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = Article.Title,
            ["description"] = Article.Summary,
            ["datePublished"] = Common.IndonesianTime.ToWib(Article.PublishedAt),
            ["dateModified"] = Common.IndonesianTime.ToWib(Article.UpdatedAt),
            ["inLanguage"] = "id-ID",
            ["mainEntityOfPage"] = site.Value.ArticleUrl(Article.Slug),
            ["image"] = Cover is null ? null : new[] { AbsoluteUrl(Cover.Largest.Url) },
            ["author"] = Organization(),
            ["publisher"] = new Dictionary<string, object>(Organization().Select(p => KeyValuePair.Create(p.Key, (object)p.Value)))
            {
                // The office's logo (or the default emblem), square, as Google's publisher logo guidance asks.
                ["logo"] = new Dictionary<string, object>
                {
                    ["@type"] = "ImageObject",
                    ["url"] = AbsoluteUrl((await logo.CurrentAsync(ct)).Url("ikon-512.png")),
                    ["width"] = 512,
                    ["height"] = 512,
                },
            },
            // schema.org's "correction" (on CreativeWork): each published Ralat as a CorrectionComment, newest first.
            ["correction"] = corrections.Count == 0 ? null : corrections.Select(r => new Dictionary<string, object?>
            {
                ["@type"] = "CorrectionComment",
                ["text"] = r.Note,
                ["datePublished"] = Common.IndonesianTime.ToWib(r.PublishedAt),
            }).ToArray(),
        }); // the default encoder escapes <, > and &, so the JSON cannot close the script element
        return Page();
    }
}
