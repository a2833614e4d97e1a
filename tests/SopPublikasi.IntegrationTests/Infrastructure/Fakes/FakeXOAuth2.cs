using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SopPublikasi.IntegrationTests.Infrastructure.Fakes;

/// <summary>
/// X's OAuth 2.0 user context: bearer user tokens that expire (401), POST /2/oauth2/token with
/// grant_type=refresh_token and single-use refresh tokens (a spent one is refused with invalid_request, as X does), and
/// app-only bearer tokens refused for user endpoints (403 unsupported authentication).
/// </summary>
public sealed class FakeXOAuth2
{
    public const string ClientId = "uji-client-id";

    /// <summary>An app-only bearer token (client credentials): X refuses it for posting.</summary>
    public const string AppOnlyToken = "AAAAAAAAAAAAAAAAAAAAAuji-app-only";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _access = new();
    private readonly ConcurrentDictionary<string, bool> _refresh = new();
    private int _issued;

    /// <summary>Every refresh token presented to the token endpoint, in order, accepted or not.</summary>
    public ConcurrentQueue<string> RefreshRequests { get; } = new();

    /// <summary>The pairs the token endpoint handed out, in order.</summary>
    public ConcurrentQueue<(string Access, string Refresh)> Refreshed { get; } = new();

    /// <summary>A new token pair as the authorization flow would give it (access token valid for two hours).</summary>
    public (string Access, string Refresh) Issue()
    {
        var n = Interlocked.Increment(ref _issued);
        var pair = ($"uji-akses-{n}-{Guid.NewGuid():N}", $"uji-segar-{n}-{Guid.NewGuid():N}");
        _access[pair.Item1] = DateTimeOffset.UtcNow.AddHours(2);
        _refresh[pair.Item2] = false;
        return pair;
    }

    /// <summary>Lets every access token handed out so far expire.</summary>
    public void ExpireAll()
    {
        foreach (var token in _access.Keys)
        {
            _access[token] = DateTimeOffset.MinValue;
        }
    }

    /// <summary>Revokes a refresh token, as when the user disconnected the app.</summary>
    public void Revoke(string refreshToken) => _refresh[refreshToken] = true;

    /// <summary>Null when the bearer token may call user endpoints, else X's refusal.</summary>
    public IResult? Check(string token)
    {
        if (token == AppOnlyToken)
        {
            return Results.Json(
                new
                {
                    title = "Unsupported Authentication",
                    detail = "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].",
                    type = "https://api.twitter.com/2/problems/unsupported-authentication",
                    status = 403,
                },
                statusCode: 403,
                contentType: "application/problem+json");
        }

        return _access.TryGetValue(token, out var expires) && expires > DateTimeOffset.UtcNow ? null : FakeX.Problem(401, "Unauthorized", "Unauthorized");
    }

    public void Map(WebApplication app) => app.MapPost("/2/oauth2/token", async (HttpContext http) =>
    {
        var form = await http.Request.ReadFormAsync();
        var token = form["refresh_token"].ToString();
        RefreshRequests.Enqueue(token);
        if (form["grant_type"] != "refresh_token" || form["client_id"] != ClientId)
        {
            return Results.Json(new { error = "invalid_request", error_description = "Missing required parameter [client_id]." }, statusCode: 400);
        }

        // Single use: the first request spends it, whatever happens after.
        if (!_refresh.TryGetValue(token, out var spent) || spent || !_refresh.TryUpdate(token, true, false))
        {
            return Results.Json(new { error = "invalid_request", error_description = "Value passed for the token was invalid." }, statusCode: 400);
        }

        var pair = Issue();
        Refreshed.Enqueue(pair);
        return Results.Json(new
        {
            token_type = "bearer",
            expires_in = 7200,
            access_token = pair.Access,
            scope = "tweet.read tweet.write users.read offline.access media.write",
            refresh_token = pair.Refresh,
        });
    });
}
