using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace SopPublikasi.Module.Materi.Diff;

/// <summary>
/// Diff pieces as HTML: every text HTML-encoded, changes wrapped in ins/del, written with no whitespace between
/// pieces (the body is shown with white-space: pre-wrap, where template spaces would show).
/// </summary>
public static class DiffHtml
{
    public static IHtmlContent Render(IEnumerable<DiffPiece> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var html = new StringBuilder();
        foreach (var piece in pieces)
        {
            var text = HtmlEncoder.Default.Encode(piece.Text);
            html.Append(piece.Kind switch
            {
                DiffKind.Inserted => "<ins>" + text + "</ins>",
                DiffKind.Deleted => "<del>" + text + "</del>",
                _ => text,
            });
        }

        return new HtmlString(html.ToString());
    }
}
