using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SopPublikasi.IntegrationTests.Security;

/// <summary>
/// Every way into the running app, read from its <see cref="EndpointDataSource"/>: "GET /api/v1/alur" for a
/// minimal API, one key per page handler for Razor Pages ("POST /admin/materi/{id:guid}?handler=Transisi"),
/// "* /healthz" for endpoints that take any method.
/// </summary>
public static class EndpointCatalog
{
    public static async Task<IReadOnlyList<string>> KeysAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var source = services.GetRequiredService<EndpointDataSource>();
        var loader = services.GetRequiredService<PageLoader>();
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
                if (compiled.HandlerMethods.Count == 0)
                {
                    keys.Add("GET " + route); // a page without a model answers GET only (a bare POST fails antiforgery)
                }

                foreach (var handler in compiled.HandlerMethods)
                {
                    keys.Add($"{handler.HttpMethod.ToUpperInvariant()} {route}{(string.IsNullOrEmpty(handler.Name) ? string.Empty : "?handler=" + handler.Name)}");
                }

                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (methods is null || methods.Count == 0)
            {
                keys.Add("* " + route);
                continue;
            }

            foreach (var method in methods.Where(m => m != HttpMethods.Head))
            {
                keys.Add($"{method} {route}");
            }
        }

        return [.. keys];
    }
}
