using System.IO.Pipelines;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SopPublikasi.Module.Site;

/// <summary>
/// HEAD answers like GET without a body, on every route (RFC 9110, 9.3.2): a feed reader, a link checker or a
/// crawler asks HEAD first. Razor Pages and static files answered HEAD already, but an endpoint mapped with MapGet
/// (feeds, sitemap, robots.txt, media, the API, the OpenAPI document) answered 405. So a HEAD request is routed as a
/// GET, with the same status, headers, caching and rate limit, and whatever the endpoint writes is dropped; a route
/// that serves no GET still answers 405 with its Allow header.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await next(http);
            return;
        }

        var body = http.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var dropped = new DroppedBody(body);
        http.Features.Set<IHttpResponseBodyFeature>(dropped);
        http.Request.Method = HttpMethods.Get;
        try
        {
            await next(http);
        }
        finally
        {
            http.Request.Method = HttpMethods.Head;
            http.Features.Set(body);
            await dropped.Writer.CompleteAsync();
        }
    });

    /// <summary>The response's body without its bytes: starting and completing still reach the server.</summary>
    private sealed class DroppedBody(IHttpResponseBodyFeature inner) : IHttpResponseBodyFeature
    {
        public Stream Stream => Stream.Null;

        public PipeWriter Writer { get; } = PipeWriter.Create(Stream.Null);

        public void DisableBuffering() => inner.DisableBuffering();

        public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            inner.StartAsync(cancellationToken);

        public Task CompleteAsync() => inner.CompleteAsync();
    }
}
