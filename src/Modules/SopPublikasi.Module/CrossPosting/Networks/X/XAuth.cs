using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.OAuth;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.CrossPosting.Networks.X;

/// <summary>
/// The Authorization header for X: OAuth 1.0a user context when the channel has a consumer key, else an OAuth 2.0
/// user token. A refreshed OAuth 2.0 token (X's refresh tokens are single-use) is stored encrypted at once, so a
/// restart keeps working.
/// </summary>
public sealed class XAuth(IHttpClientFactory httpFactory, IServiceScopeFactory scopes, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (string Access, string Refresh)> _refreshed = new(StringComparer.OrdinalIgnoreCase);

    public static bool UsesOAuth1(ResolvedChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return channel.OptionalCredential("ConsumerKey") is not null;
    }

    public bool CanRefresh(ResolvedChannel channel) =>
        !UsesOAuth1(channel) && channel.OptionalCredential("ClientId") is not null && RefreshToken(channel) is not null;

    public string Authorization(ResolvedChannel channel, HttpMethod method, Uri url)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(method);
        if (UsesOAuth1(channel))
        {
            var credentials = new OAuth1Credentials(
                channel.Credential("ConsumerKey"), channel.Credential("ConsumerSecret"), channel.Credential("AccessToken"), channel.Credential("AccessTokenSecret"));
            return OAuth1Signer.Sign(method.Method, url, null, credentials, clock).AuthorizationHeader;
        }

        var token = _refreshed.TryGetValue(channel.Name, out var fresh) ? fresh.Access : channel.Credential("AccessToken");
        return "Bearer " + token;
    }

    /// <summary>POST /2/oauth2/token with the refresh token; a refused refresh means the account must be authorized again.</summary>
    public async Task<ResolvedChannel> RefreshAsync(ResolvedChannel channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(channel.Root(XClient.DefaultRoot), "2/oauth2/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = RefreshToken(channel)!,
                ["client_id"] = channel.Credential("ClientId"),
            }),
        };
        if (channel.OptionalCredential("ClientSecret") is { } secret)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(channel.Credential("ClientId") + ":" + secret)));
        }

        using var response = await SocialHttp.SendAsync(httpFactory.CreateClient(nameof(XAuth)), request, "X", ct);
        var json = await SocialHttp.JsonAsync(response, ct);
        if (!response.IsSuccessStatusCode || json.Str("access_token") is not { } access)
        {
            throw new DeliveryFailureException(FailureKind.NeedsReauthorization, $"X menolak memperbarui token: {json.Str("error_description") ?? json.Str("error") ?? response.ReasonPhrase}");
        }

        var refresh = json.Str("refresh_token") ?? RefreshToken(channel)!;
        _refreshed[channel.Name] = (access, refresh);
        await using var scope = scopes.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<ChannelDirectory>();
        await directory.StoreCredentialsAsync(channel, new Dictionary<string, string> { ["AccessToken"] = access, ["RefreshToken"] = refresh }, ct);
        await scope.ServiceProvider.GetRequiredService<SopDbContext>().SaveChangesAsync(ct);
        return channel;
    }

    private string? RefreshToken(ResolvedChannel channel) =>
        _refreshed.TryGetValue(channel.Name, out var fresh) ? fresh.Refresh : channel.OptionalCredential("RefreshToken");
}
