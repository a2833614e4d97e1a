using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SopPublikasi.Module.Media;

namespace SopPublikasi.Module.Publik;

/// <summary>
/// Serves the photos of an article body as the cover is served: each img element that shows one of this site's
/// uploaded photos (its /media/{id} address or one of its variants) becomes a picture with the WebP variants, the
/// JPEG variants as its srcset (its src unchanged), its pixel size (so the page does not jump when it loads) and lazy loading. The stored
/// body is not changed; an img that already carries a srcset or sits in a picture is left as its author wrote it.
/// </summary>
public static class BodyPhotos
{
    /// <summary>The body is as wide as the article column: the whole screen on a phone, 60rem at most.</summary>
    public const string Sizes = "(max-width: 62rem) 100vw, 60rem";

    private static readonly HtmlParser Parser = new();

    /// <summary>The body with its photos among <paramref name="files"/> served from their variants.</summary>
    public static string Apply(string body, IReadOnlyDictionary<Guid, MediaFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (string.IsNullOrEmpty(body) || files.Count == 0 || !body.Contains("/media/", StringComparison.Ordinal))
        {
            return body;
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        foreach (var node in Parser.ParseFragment(body, document.Body!).ToList())
        {
            document.Body!.AppendChild(node);
        }

        var changed = false;
        foreach (var img in document.Body!.QuerySelectorAll("img[src]").ToList())
        {
            if (img.HasAttribute("srcset") || img.ParentElement?.LocalName == "picture"
                || PhotoOf(img) is not { } id || !files.TryGetValue(id, out var file) || file.Kind != MediaKind.Image)
            {
                continue;
            }

            Serve(document, img, file);
            changed = true;
        }

        return changed ? document.Body!.InnerHtml : body;
    }

    /// <summary>The photos an article body shows, in order, each once, with the alt text of its first img.</summary>
    public static IReadOnlyList<(Guid Id, string? Alt)> InOrder(string? body)
    {
        if (string.IsNullOrEmpty(body) || !body.Contains("/media/", StringComparison.Ordinal))
        {
            return [];
        }

        using var document = Parser.ParseDocument(body);
        var seen = new HashSet<Guid>();
        var photos = new List<(Guid, string?)>();
        foreach (var img in document.QuerySelectorAll("img"))
        {
            if (PhotoOf(img) is { } id && seen.Add(id))
            {
                photos.Add((id, img.GetAttribute("alt")));
            }
        }

        return photos;
    }

    /// <summary>The uploaded photo an img shows (by its src, else its srcset), or null for another site's picture.</summary>
    private static Guid? PhotoOf(IElement img)
    {
        var ids = BodyImages.Of(img.OuterHtml);
        return ids.Count == 1 ? ids.First() : null;
    }

    private static void Serve(IDocument document, IElement img, MediaFile file)
    {
        // The src stays the address the author wrote (a browser that reads srcset never loads it: its candidates
        // have widths); the size is the photo's own, whose shape every variant keeps.
        var foto = new BeritaEndpoints.FotoView(img.GetAttribute("alt"), BeritaEndpoints.Varian(file));
        if ((file.Width ?? foto.Largest.Lebar) is { } width && (file.Height ?? foto.Largest.Tinggi) is { } height)
        {
            img.SetAttribute("width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            img.SetAttribute("height", height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        img.SetAttribute("loading", "lazy");
        img.SetAttribute("decoding", "async");
        if (file.Variants.Count == 0)
        {
            return; // an upload from before variants existed: its original, at its size
        }

        img.SetAttribute("srcset", foto.SrcSet(null));
        img.SetAttribute("sizes", Sizes);
        var picture = document.CreateElement("picture");
        img.Replace(picture);
        if (foto.Of("image/webp").Count > 0)
        {
            var source = document.CreateElement("source");
            source.SetAttribute("type", "image/webp");
            source.SetAttribute("srcset", foto.SrcSet("image/webp"));
            source.SetAttribute("sizes", Sizes);
            picture.AppendChild(source);
        }

        picture.AppendChild(img);
    }
}
