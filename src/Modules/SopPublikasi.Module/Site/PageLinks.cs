using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SopPublikasi.Module.Site;

/// <summary>
/// The address of a page without route values, generated from its name once and then kept: for links every public
/// page carries (the footer's "Masuk pengelola"), where the anchor tag helper generated it on every request: an
/// uncached article page took 0.322 against 0.277 ms of CPU with it (paired, docs/benchmarks.md, session 11). A wrong
/// page name fails as loudly as with asp-page.
/// </summary>
public sealed class PageLinks(LinkGenerator links)
{
    private readonly ConcurrentDictionary<(string Page, PathString PathBase), string> _paths = new();

    public string Path(string page, PathString pathBase) => _paths.GetOrAdd((page, pathBase), key =>
        links.GetPathByPage(key.Page, handler: null, values: null, key.PathBase)
            ?? throw new InvalidOperationException($"No page named {key.Page}."));
}
