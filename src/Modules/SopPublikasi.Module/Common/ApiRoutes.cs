using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace SopPublikasi.Module.Common;

/// <summary>The versioned JSON API's address and request budget, for every feature that maps endpoints under it.</summary>
public static class ApiRoutes
{
    public const string V1 = "/api/v1";

    /// <summary>The rate limiter policy of every API request (registered by the Api feature).</summary>
    public const string RateLimitPolicy = "api";

    /// <summary>A group under /api/v1 with the API's request budget.</summary>
    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder routes) =>
        routes.MapGroup(V1).RequireRateLimiting(RateLimitPolicy);
}
