using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing;

namespace SopPublikasi.Module.Site;

/// <summary>
/// A page answers only the methods it has handlers for: GET and HEAD (a page without an OnGet still renders on
/// GET), and each method of its OnPost/OnPut/... handlers. Routing then answers any other method (TRACE, PROPFIND, a
/// DELETE of a page) with 405 and an Allow header, instead of running the page for a method it was never written
/// for. The status page is the exception: the error handler and the status-code pages re-execute it with the
/// failed request's own method.
/// </summary>
public static class PageMethods
{
    public const string StatusPage = "/Site/Pages/Status";

    private static readonly string[] Always = ["GET", "HEAD"];

    public static void Restrict(PageApplicationModel page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.ViewEnginePath == StatusPage)
        {
            return;
        }

        page.EndpointMetadata.Add(new HttpMethodMetadata(Of(page.HandlerMethods.Select(h => h.HttpMethod))));
    }

    /// <summary>The methods served by handlers of these methods ("Get", "Post", ...): always GET and HEAD.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<string> handlerMethods) =>
        [.. Always.Concat(handlerMethods.Select(m => m.ToUpperInvariant())).Distinct(StringComparer.Ordinal)];
}
