using AngleSharp.Html.Parser;

namespace SopPublikasi.Module.Media;

/// <summary>
/// The uploaded photos an article body shows: the files its img elements (src and srcset) and picture sources
/// (srcset) load from this site's /media/{id} addresses. A link, or text that merely contains such an address, shows
/// nothing and names no photo.
/// </summary>
public static class BodyImages
{
    private static readonly HtmlParser Parser = new();

    public static IReadOnlySet<Guid> Of(string? body)
    {
        var ids = new HashSet<Guid>();
        if (string.IsNullOrEmpty(body) || !body.Contains("/media/", StringComparison.Ordinal))
        {
            return ids;
        }

        using var document = Parser.ParseDocument(body);
        foreach (var element in document.QuerySelectorAll("img, picture source"))
        {
            Add(ids, element.GetAttribute("src"));
            foreach (var candidate in (element.GetAttribute("srcset") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Add(ids, candidate.Split(' ', 2)[0]);
            }
        }

        return ids;
    }

    /// <summary>An address of this site's media (/media/{id} or a variant below it), not another site's.</summary>
    private static void Add(HashSet<Guid> ids, string? url)
    {
        const string prefix = "/media/";
        if (url is null || !url.StartsWith(prefix, StringComparison.Ordinal))
        {
            return;
        }

        var rest = url.AsSpan(prefix.Length);
        var end = rest.IndexOfAny('/', '?', '#');
        if (Guid.TryParse(end < 0 ? rest : rest[..end], out var id))
        {
            ids.Add(id);
        }
    }
}
