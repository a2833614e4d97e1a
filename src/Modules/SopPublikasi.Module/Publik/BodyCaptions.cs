using AngleSharp.Html.Parser;
using SopPublikasi.Module.Media;

namespace SopPublikasi.Module.Publik;

/// <summary>
/// Shows the media library's caption and credit under the photos of an article body: a paragraph that holds only a
/// photo of this site (with a caption) becomes a figure with its figcaption. The stored body is not changed, so an
/// edited caption shows on the next render.
/// </summary>
public static class BodyCaptions
{
    private static readonly HtmlParser Parser = new();

    public static string Apply(string body, IReadOnlyDictionary<Guid, MediaCaption> captions)
    {
        ArgumentNullException.ThrowIfNull(captions);
        if (string.IsNullOrEmpty(body) || captions.Count == 0)
        {
            return body;
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = Parser.ParseFragment(body, document.Body!);
        foreach (var node in nodes.ToList())
        {
            document.Body!.AppendChild(node);
        }

        var changed = false;
        foreach (var img in document.Body!.QuerySelectorAll("img").ToList())
        {
            var ids = BodyImages.Of(img.OuterHtml);
            if (ids.Count != 1 || !captions.TryGetValue(ids.First(), out var caption) || caption.Line.Length == 0)
            {
                continue;
            }

            var holder = img.ParentElement;
            if (holder is null || holder.LocalName != "p" || holder.Children.Length != 1 || holder.TextContent.Trim().Length != 0)
            {
                continue;
            }

            var figure = document.CreateElement("figure");
            figure.ClassName = "foto";
            figure.AppendChild(img);
            var figcaption = document.CreateElement("figcaption");
            figcaption.TextContent = caption.Line;
            figure.AppendChild(figcaption);
            holder.Replace(figure);
            changed = true;
        }

        return changed ? document.Body!.InnerHtml : body;
    }
}
