using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting.Networks.Bluesky;

/// <summary>A session on a PDS: its tokens, the account's DID and handle, and whose credentials made it.</summary>
public sealed record BlueskySession(string AccessJwt, string RefreshJwt, string Did, string Handle, string Owner);

/// <summary>
/// The sessions of the Bluesky channels, kept in memory per channel: <c>createSession</c> is limited per account
/// (30 per 5 minutes, 300 per day), so a session is made once and reused; when the PDS says its access token expired,
/// <c>refreshSession</c> (the refresh JWT as bearer) gives new tokens, and only when that is refused is a new session
/// created. Changed credentials (another handle or app password) start a new session. A refused app password is the
/// channel's to fix.
/// </summary>
public sealed class BlueskySessions(TimeProvider clock)
{
    public const string DefaultRoot = "https://bsky.social/";

    private readonly ConcurrentDictionary<string, BlueskySession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    /// <summary>The channel's session, created if there is none for its current credentials.</summary>
    public async Task<BlueskySession> CurrentAsync(HttpClient http, ResolvedChannel channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var owner = Owner(channel);
        if (_sessions.TryGetValue(channel.Name, out var known) && known.Owner == owner)
        {
            return known;
        }

        var gate = _locks.GetOrAdd(channel.Name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            return _sessions.TryGetValue(channel.Name, out known) && known.Owner == owner ? known : await CreateAsync(http, channel, owner, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>New tokens for a session whose access token was refused: refreshed, or a new session when the refresh is refused.</summary>
    public async Task<BlueskySession> RenewAsync(HttpClient http, ResolvedChannel channel, BlueskySession stale, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(stale);
        var gate = _locks.GetOrAdd(channel.Name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (_sessions.TryGetValue(channel.Name, out var known) && known != stale && known.Owner == stale.Owner)
            {
                return known; // renewed by another call meanwhile
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, Url(channel, "com.atproto.server.refreshSession"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", stale.RefreshJwt);
            using var response = await SendAsync(http, request, ct);
            var body = await SocialHttp.JsonAsync(response, ct);
            if (response.IsSuccessStatusCode)
            {
                return Keep(channel, Read(body, stale.Owner, stale));
            }

            if (!BlueskyErrors.TokenRefused(response, body) && response.StatusCode != System.Net.HttpStatusCode.BadRequest)
            {
                throw BlueskyErrors.Classify(request, response, body, clock.GetUtcNow());
            }

            _sessions.TryRemove(channel.Name, out _);
            return await CreateAsync(http, channel, Owner(channel), ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<BlueskySession> CreateAsync(HttpClient http, ResolvedChannel channel, string owner, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url(channel, "com.atproto.server.createSession"))
        {
            Content = JsonContent.Create(new { identifier = channel.Credential("Handle"), password = channel.Credential("AppPassword") }),
        };
        using var response = await SendAsync(http, request, ct);
        var body = await SocialHttp.JsonAsync(response, ct);
        if (!response.IsSuccessStatusCode)
        {
            var failure = BlueskyErrors.Classify(request, response, body, clock.GetUtcNow());
            throw failure.Kind switch
            {
                FailureKind.NeedsReauthorization => new DeliveryFailureException(failure.Kind, $"Handle atau app password Bluesky saluran \"{channel.Name}\" ditolak ({failure.Message}).", null, failure),
                FailureKind.Uncertain or FailureKind.Duplicate => new DeliveryFailureException(FailureKind.Transient, failure.Message, null, failure),
                _ => failure,
            };
        }

        return Keep(channel, Read(body, owner, null));
    }

    private BlueskySession Keep(ResolvedChannel channel, BlueskySession session)
    {
        _sessions[channel.Name] = session;
        return session;
    }

    /// <summary>A session call posts nothing: an answer lost on its way is merely transient.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await SocialHttp.SendAsync(http, request, "Bluesky", ct);
        }
        catch (DeliveryFailureException failure) when (failure.Kind is FailureKind.Uncertain)
        {
            throw new DeliveryFailureException(FailureKind.Transient, failure.Message, null, failure);
        }
    }

    private static BlueskySession Read(JsonElement body, string owner, BlueskySession? previous) =>
        body.Str("accessJwt") is { } access && body.Str("refreshJwt") is { } refresh && (body.Str("did") ?? previous?.Did) is { } did
            ? new BlueskySession(access, refresh, did, body.Str("handle") ?? previous?.Handle ?? did, owner)
            : throw new DeliveryFailureException(FailureKind.Transient, "Bluesky menjawab sesi tanpa token atau DID.");

    public static Uri Url(ResolvedChannel channel, string nsid)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return new Uri(channel.Root(DefaultRoot), "xrpc/" + nsid);
    }

    /// <summary>Whose credentials a session belongs to (a digest, so the app password is not kept twice in memory).</summary>
    private static string Owner(ResolvedChannel channel) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{channel.Root(DefaultRoot)}\n{channel.Credential("Handle")}\n{channel.Credential("AppPassword")}")));
}
