using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.OAuth;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.CrossPosting.Networks.X;

/// <summary>
/// The Authorization header for X: OAuth 1.0a user context when the channel has a consumer key, else an OAuth 2.0 user
/// token (a bearer token of the account, refreshed with <c>offline.access</c>). X's access tokens live two hours and
/// its refresh tokens are single-use, so a refresh is done one at a time per channel, the new pair is stored encrypted
/// before it is used (a restart and every other instance read it from there), and a pair stored meanwhile by another
/// call or instance is taken instead of spending a refresh token again. Nothing is cached here: the stored record is
/// the one truth, so credentials an administrator or operator replaced are used at once.
/// </summary>
public sealed class XAuth(IHttpClientFactory httpFactory, IServiceScopeFactory scopes, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.OrdinalIgnoreCase);

    public static bool UsesOAuth1(ResolvedChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return channel.OptionalCredential("ConsumerKey") is not null;
    }

    public static bool CanRefresh(ResolvedChannel channel) =>
        !UsesOAuth1(channel) && channel.OptionalCredential("ClientId") is not null && channel.OptionalCredential("RefreshToken") is not null;

    public string Authorization(ResolvedChannel channel, HttpMethod method, Uri url)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(method);
        if (!UsesOAuth1(channel))
        {
            return "Bearer " + channel.Credential("AccessToken");
        }

        var credentials = new OAuth1Credentials(
            channel.Credential("ConsumerKey"), channel.Credential("ConsumerSecret"), channel.Credential("AccessToken"), channel.Credential("AccessTokenSecret"));
        return OAuth1Signer.Sign(method.Method, url, null, credentials, clock).AuthorizationHeader;
    }

    /// <summary>
    /// The channel with a fresh access token: the one stored since <paramref name="channel"/> was read if there is
    /// one, else a new pair from POST /2/oauth2/token, stored before it is returned. A refused refresh (invalid_request
    /// for a spent or revoked refresh token, invalid_client, ...) means the account must be authorized again; X's 5xx
    /// and a lost answer are transient, its 429 waits.
    /// </summary>
    public async Task<ResolvedChannel> RefreshAsync(ResolvedChannel channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var gate = _gates.GetOrAdd(channel.Name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var directory = scope.ServiceProvider.GetRequiredService<ChannelDirectory>();
            if (await directory.FindAsync(channel.Name, ct) is { } current
                && current.OptionalCredential("AccessToken") is { } stored && stored != channel.OptionalCredential("AccessToken"))
            {
                return current;
            }

            var (access, refresh) = await RequestAsync(channel, ct);
            var updates = new Dictionary<string, string> { ["AccessToken"] = access, ["RefreshToken"] = refresh };
            await directory.StoreCredentialsAsync(channel, updates, ct);

            // Not cancelled by shutdown: the old refresh token is spent, the new one must not be lost.
            await scope.ServiceProvider.GetRequiredService<SopDbContext>().SaveChangesAsync(CancellationToken.None);
            var credentials = new Dictionary<string, string>(channel.Credentials, StringComparer.Ordinal) { ["AccessToken"] = access, ["RefreshToken"] = refresh };
            return channel with { Credentials = credentials };
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<(string Access, string Refresh)> RequestAsync(ResolvedChannel channel, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(channel.Root(XClient.DefaultRoot), "2/oauth2/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = channel.Credential("RefreshToken"),
                ["client_id"] = channel.Credential("ClientId"),
            }),
        };
        if (channel.OptionalCredential("ClientSecret") is { } secret)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(channel.Credential("ClientId") + ":" + secret)));
        }

        HttpResponseMessage response;
        try
        {
            response = await SocialHttp.SendAsync(httpFactory.CreateClient(nameof(XAuth)), request, "X", ct);
        }
        catch (DeliveryFailureException failure) when (failure.Kind == FailureKind.Uncertain)
        {
            // Nothing was posted; if X did spend the refresh token, the next attempt is refused and the channel paused.
            throw new DeliveryFailureException(FailureKind.Transient, failure.Message, null, failure);
        }

        using (response)
        {
            var json = await SocialHttp.JsonAsync(response, ct);
            if (response.IsSuccessStatusCode && json.Str("access_token") is { } access)
            {
                return (access, json.Str("refresh_token") ?? channel.Credential("RefreshToken"));
            }

            var error = json.Str("error");
            var message = $"X menolak memperbarui token ({(int)response.StatusCode} {error}): {json.Str("error_description") ?? response.ReasonPhrase}";
            throw response.StatusCode switch
            {
                HttpStatusCode.TooManyRequests => new DeliveryFailureException(FailureKind.RateLimited, message, XErrors.ResetTime(response, clock.GetUtcNow())),
                >= HttpStatusCode.InternalServerError => new DeliveryFailureException(FailureKind.Transient, message),
                _ => new DeliveryFailureException(FailureKind.NeedsReauthorization, message),
            };
        }
    }
}
