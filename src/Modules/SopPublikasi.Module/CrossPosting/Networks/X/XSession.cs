using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Quota;

namespace SopPublikasi.Module.CrossPosting.Networks.X;

/// <summary>
/// One conversation with X for one channel (a post with its upload, a reconciliation, a connection test). Every call
/// is signed with the channel's current credentials; an OAuth 2.0 token that X refused is refreshed once, the call is
/// sent again, and the rest of the conversation uses the new token. A second refusal is the channel's to fix. The
/// limits X reports on every answer go to <c>observe</c> (<see cref="XRateHeaders"/>).
/// </summary>
public sealed class XSession(HttpClient http, XAuth auth, TimeProvider clock, ResolvedChannel channel, Action<QuotaReading>? observe = null)
{
    private bool _refreshed;

    /// <summary>The channel with the credentials in use now (after a refresh, the new ones).</summary>
    public ResolvedChannel Channel { get; private set; } = channel;

    /// <summary>Sends, and reads a successful answer as JSON; a refusal is thrown classified (<see cref="XErrors"/>).</summary>
    public async Task<JsonElement> JsonAsync(HttpMethod method, string path, Func<HttpContent>? content, CancellationToken ct)
    {
        using var response = await SendAsync(method, path, content, ct);
        return await SocialHttp.JsonAsync(response, ct);
    }

    /// <summary>Sends once; with an OAuth 2.0 token that X refused as expired, refreshes it and sends once more.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Func<HttpContent>? content, CancellationToken ct) =>
        SendAsync(method, path, content, _ => false, ct);

    /// <summary>As <see cref="SendAsync(HttpMethod, string, Func{HttpContent}?, CancellationToken)"/>, but an answer whose status <paramref name="accept"/> takes is returned for the caller to read instead of thrown.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Func<HttpContent>? content, Func<HttpStatusCode, bool> accept, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(accept);
        ArgumentNullException.ThrowIfNull(method);
        var url = new Uri(Channel.Root(XClient.DefaultRoot), path);
        var response = await SendOnceAsync(method, url, content, ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized && !_refreshed && XAuth.CanRefresh(Channel))
        {
            response.Dispose();
            _refreshed = true;
            Channel = await auth.RefreshAsync(Channel, ct);
            response = await SendOnceAsync(method, url, content, ct);
        }

        if (response.IsSuccessStatusCode || accept(response.StatusCode))
        {
            return response;
        }

        using (response)
        {
            throw XErrors.Classify(response.RequestMessage!, response, await SocialHttp.JsonAsync(response, ct), clock.GetUtcNow());
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, Uri url, Func<HttpContent>? content, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content?.Invoke() };
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(auth.Authorization(Channel, method, url));
        var response = await SocialHttp.SendAsync(http, request, "X", ct);
        if (observe is not null)
        {
            foreach (var reading in XRateHeaders.Read(response))
            {
                observe(reading);
            }
        }

        return response;
    }
}
