using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using SopPublikasi.Module.Tokens;

namespace SopPublikasi.Module.Api;

/// <summary>
/// Who an API request's budget belongs to: the owner of a valid token, else the client's address. The raw
/// Authorization header is never the key: any junk value, extra spaces or another spelling of the scheme would be a
/// fresh budget each time. The token is authenticated here, before the rate limiter (and before authorization, so
/// that refused tokens are counted too); the token scheme keeps its result for the rest of the request.
/// </summary>
public static class ApiClients
{
    /// <summary>Middleware, in front of the rate limiter: marks an API request carrying a valid token with its owner.</summary>
    public static async Task IdentifyAsync(HttpContext http, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        if (http.Request.Path.StartsWithSegments("/api") && http.Request.Headers.Authorization.Count > 0)
        {
            var result = await http.AuthenticateAsync(TokenAuthenticationHandler.SchemeName);
            if (result.Succeeded && result.Principal.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } owner)
            {
                http.Features.Set(new TokenOwner(owner));
            }
        }

        await next(http);
    }

    /// <summary>The partition of the request budget: "token:" and the owner's id, or "ip:" and the address.</summary>
    public static string PartitionKey(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Features.Get<TokenOwner>() is { } owner ? "token:" + owner.UserId : "ip:" + http.Connection.RemoteIpAddress;
    }

    private sealed record TokenOwner(string UserId);
}
