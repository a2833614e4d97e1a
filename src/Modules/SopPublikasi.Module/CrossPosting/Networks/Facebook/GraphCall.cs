using System.Net.Http.Headers;
using System.Text.Json;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting.Networks.Facebook;

/// <summary>
/// One Graph API call with the channel's token as a bearer header (never in the URL, so never in a log), under the
/// root <see cref="GraphApiOptions.Root"/> gives: the channel's host and the configured version.
/// </summary>
public static class GraphCall
{
    /// <summary>Facebook Login tokens (Pages, and Instagram through a Page).</summary>
    public const string FacebookHost = "https://graph.facebook.com/";

    /// <summary>Instagram Login tokens ("IG…").</summary>
    public const string InstagramHost = "https://graph.instagram.com/";

    public static Task<JsonElement> SendAsync(
        HttpClient http, Uri root, ResolvedChannel channel, string network, HttpMethod method, string path, HttpContent? content, TimeProvider clock, CancellationToken ct) =>
        SendAsync(http, root, channel, null, network, method, path, content, null, clock, ct);

    /// <summary>A call to an API with Graph-shaped errors of its own (Threads): <paramref name="classify"/> reads them.</summary>
    public static Task<JsonElement> SendAsync(
        HttpClient http, Uri root, ResolvedChannel channel, string network, HttpMethod method, string path, HttpContent? content,
        Func<HttpRequestMessage, HttpResponseMessage, JsonElement, DateTimeOffset, DeliveryFailureException> classify, TimeProvider clock, CancellationToken ct) =>
        SendAsync(http, root, channel, null, network, method, path, content, classify, clock, ct);

    /// <summary>A call made for <paramref name="request"/>: the usage the answer reports goes to its readings (<see cref="GraphUsage"/>).</summary>
    public static Task<JsonElement> SendAsync(
        HttpClient http, Uri root, DeliveryRequest request, string network, HttpMethod method, string path, HttpContent? content, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(http, root, request.Channel, request, network, method, path, content, null, clock, ct);
    }

    private static async Task<JsonElement> SendAsync(
        HttpClient http, Uri root, ResolvedChannel channel, DeliveryRequest? observer, string network, HttpMethod method, string path, HttpContent? content,
        Func<HttpRequestMessage, HttpResponseMessage, JsonElement, DateTimeOffset, DeliveryFailureException>? classify, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(clock);
        using var request = new HttpRequestMessage(method, new Uri(root, path)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", channel.Credential("AccessToken"));
        using var response = await SocialHttp.SendAsync(http, request, network, ct);
        foreach (var reading in observer is null ? [] : GraphUsage.Read(response, network, clock.GetUtcNow()))
        {
            observer!.Observe(reading);
        }

        var json = await SocialHttp.JsonAsync(response, ct);
        if (response.IsSuccessStatusCode && json.Obj("error").ValueKind != JsonValueKind.Object)
        {
            return json;
        }

        throw classify?.Invoke(request, response, json, clock.GetUtcNow()) ?? GraphErrors.Classify(network, request, response, json, clock.GetUtcNow());
    }
}
