using System.Text.Json;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks.Facebook;

namespace SopPublikasi.Module.CrossPosting.Networks.Threads;

/// <summary>
/// One Threads API call, on graph.threads.net (or the channel's BaseUrl), sent as a Graph API call
/// (<see cref="GraphCall"/>: the token as a bearer header, never in the URL). Its errors are Graph-shaped:
/// <see cref="Classify"/> adds Threads' own codes to <see cref="GraphErrors"/>.
/// </summary>
public static class ThreadsCall
{
    /// <summary>The Threads API's host and version path (docs/networks.md, "Threads").</summary>
    public const string DefaultRoot = "https://graph.threads.net/v1.0/";

    private const string Network = ThreadsNetwork.Name;

    public static Task<JsonElement> SendAsync(HttpClient http, ResolvedChannel channel, HttpMethod method, string path, HttpContent? content, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return GraphCall.SendAsync(http, channel.Root(DefaultRoot), channel, Network, method, path, content, Classify, clock, ct);
    }

    /// <summary>A call whose errors <paramref name="classify"/> reads (a deletion's "not found" is an answer).</summary>
    public static Task<JsonElement> SendAsync(
        HttpClient http, ResolvedChannel channel, HttpMethod method, string path, HttpContent? content,
        Func<HttpRequestMessage, HttpResponseMessage, JsonElement, DateTimeOffset, DeliveryFailureException> classify, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return GraphCall.SendAsync(http, channel.Root(DefaultRoot), channel, Network, method, path, content, classify, clock, ct);
    }

    /// <summary>
    /// Threads' errors: 24 / 4279009 ("Media Not Found") answers a publish of a container Threads has not finished
    /// making, so it is tried again; everything else as the Graph API's (<see cref="GraphErrors.Classify"/>).
    /// </summary>
    public static DeliveryFailureException Classify(HttpRequestMessage request, HttpResponseMessage response, JsonElement body, DateTimeOffset now)
    {
        var error = body.Obj("error");
        if (error.Number("code") == 24 && error.Number("error_subcode") == 4279009)
        {
            return new DeliveryFailureException(FailureKind.Transient, $"Threads belum selesai menyiapkan kiriman (kode 24/4279009: {error.Str("error_user_msg") ?? error.Str("message")}); dicoba lagi nanti.");
        }

        return GraphErrors.Classify(Network, request, response, body, now);
    }
}
