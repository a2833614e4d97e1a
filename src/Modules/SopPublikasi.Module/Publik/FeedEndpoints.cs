using System.ServiceModel.Syndication;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Halaman;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Publik;

/// <summary>RSS 2.0 and Atom feeds, sitemap.xml and robots.txt: output-cached with the lists and evicted with them.</summary>
public static partial class FeedEndpoints
{
    public const int FeedSize = 30;

    public static void MapFeeds(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/rss.xml", async (PublicArticles a, SiteSettings s, CancellationToken ct) => await FeedAsync(a, await s.GetAsync(ct), atom: false, ct))
            .CacheOutput(PublicCache.Lists).ExcludeFromDescription();
        routes.MapGet("/atom.xml", async (PublicArticles a, SiteSettings s, CancellationToken ct) => await FeedAsync(a, await s.GetAsync(ct), atom: true, ct))
            .CacheOutput(PublicCache.Lists).ExcludeFromDescription();
        routes.MapGet("/sitemap.xml", SitemapAsync).CacheOutput(PublicCache.Lists).ExcludeFromDescription();
        routes.MapGet("/robots.txt", (IOptions<SiteOptions> s) => Results.Text(
            $"User-agent: *\nDisallow: /admin/\nDisallow: /api/\nDisallow: /cari\n\nSitemap: {s.Value.AbsoluteUrl("/sitemap.xml")}\n",
            "text/plain", Encoding.UTF8)).ExcludeFromDescription();
    }

    public static async Task<IResult> FeedAsync(PublicArticles articles, SiteOptions site, bool atom, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(site);
        var (items, _) = await articles.PageAsync(1, FeedSize, ct);
        var home = new Uri(site.AbsoluteUrl("/"));
        var feed = new SyndicationFeed(site.Name, $"Berita dan informasi publik {site.Name}, {site.Tagline}", home)
        {
            Id = home.ToString(),
            Language = "id-ID",
            LastUpdatedTime = items.Count == 0 ? DateTimeOffset.UnixEpoch : items.Max(a => a.UpdatedAt),
            Items = [.. items.Select(a =>
            {
                var link = new Uri(site.ArticleUrl(a.Slug));
                var item = new SyndicationItem(a.Title, a.Summary, link, link.ToString(), a.UpdatedAt) { PublishDate = a.PublishedAt };
                if (!atom)
                {
                    // RSS readers render <description> as HTML: the summary is plain text, so it goes in encoded
                    // (Atom marks its summary type="text" and needs nothing).
                    item.Summary = new TextSyndicationContent(System.Net.WebUtility.HtmlEncode(a.Summary));
                }

                item.Categories.Add(new SyndicationCategory(a.CategoryName));
                return item;
            })],
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(home, atom ? "atom.xml" : "rss.xml")));
        if (atom)
        {
            // RFC 4287 4.1.1: a feed whose entries name no author names one itself; the office publishes them all.
            feed.Authors.Add(new SyndicationPerson(null, site.Name, home.ToString()));
        }

        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = false, Async = true }))
        {
            if (atom)
            {
                new Atom10FeedFormatter(feed).WriteTo(writer);
            }
            else
            {
                new Rss20FeedFormatter(feed) { SerializeExtensionsAsAtom = true }.WriteTo(writer);
            }
        }

        var xml = output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
        // Only a title or category with &, < or > needs the rewrite; most feeds have none, and it costs a pass over the XML.
        var rewrite = !atom && (HasMarkupCharacters(site.Name) || items.Any(a => HasMarkupCharacters(a.Title) || HasMarkupCharacters(a.CategoryName)));
        return Results.Text(rewrite ? PlainTextAsCharacterReferences(xml) : xml,
            atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8");
    }

    /// <summary>
    /// RSS 2.0 never said whether a title may hold HTML, and readers differ: some decode it once more and show
    /// "&lt;b&gt;" from a title that says so, or drop it as a tag. The RSS Advisory Board's Best Practices Profile
    /// (Character Data) answers with the form most readers show literally: "&amp;", "&lt;" and "&gt;" in plain-text
    /// elements as the hexadecimal references &amp;#x26;, &amp;#x3C; and &amp;#x3E;. Titles and categories are plain
    /// text; the descriptions are HTML on purpose, so they are left as they are. Atom says type="text" and needs none.
    /// </summary>
    public static string PlainTextAsCharacterReferences(string rss) =>
        PlainTextElement().Replace(rss ?? string.Empty, m => m.Groups["open"].Value + m.Groups["text"].Value
            .Replace("&amp;", "&#x26;", StringComparison.Ordinal)
            .Replace("&lt;", "&#x3C;", StringComparison.Ordinal)
            .Replace("&gt;", "&#x3E;", StringComparison.Ordinal) + m.Groups["close"].Value);

    private static bool HasMarkupCharacters(string? text) => text is not null && text.AsSpan().IndexOfAny('&', '<', '>') >= 0;

    [GeneratedRegex("(?<open><(?<name>title|category)(?: [^>]*)?>)(?<text>[^<]*)(?<close></\\k<name>>)", RegexOptions.CultureInvariant)]
    private static partial Regex PlainTextElement();

    public static async Task<IResult> SitemapAsync(SopDbContext db, IOptions<SiteOptions> site, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var root = site.Value.Root;
        var items = await db.Materi.AsNoTracking().Where(m => m.PublishedVersionId != null)
            .Select(m => new { m.Slug, UpdatedAt = m.LastPublishedAt!.Value })
            .ToListAsync(ct);
        var newest = items.Count == 0 ? (DateTimeOffset?)null : items.Max(a => a.UpdatedAt);
        var pages = await db.Halaman.AsNoTracking().Select(h => new { h.Grup, h.Slug, h.UpdatedAt }).ToListAsync(ct);
        var categories = await db.Categories.AsNoTracking().Select(c => c.Slug).ToListAsync(ct);

        static XElement Url(XNamespace ns, string loc, DateTimeOffset? lastmod) => new(ns + "url",
            new XElement(ns + "loc", loc),
            lastmod is { } m ? new XElement(ns + "lastmod", m.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)) : null);

        var urls = new List<XElement>
        {
            Url(ns, root + "/", newest),
            Url(ns, root + "/berita", newest),
            Url(ns, root + "/pengumuman", null),
            Url(ns, root + "/agenda", null),
            Url(ns, root + "/ppid", newest),
            Url(ns, root + "/ppid/permohonan", null),
            Url(ns, root + "/galeri", newest),
            Url(ns, root + "/kontak", null),
        };
        urls.AddRange(categories.Select(c => Url(ns, $"{root}/kategori/{c}", null)));
        urls.AddRange(pages.Select(p => Url(ns, $"{root}/{p.Grup}/{p.Slug}", p.UpdatedAt.Year > 2000 ? p.UpdatedAt : null)));
        urls.AddRange(items.Select(a => Url(ns, site.Value.ArticleUrl(a.Slug), a.UpdatedAt)));
        var document = new XDocument(new XDeclaration("1.0", "UTF-8", null), new XElement(ns + "urlset", urls));
        return Results.Text(document.Declaration + "\n" + document.Root, "application/xml; charset=utf-8");
    }
}
