using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace SopPublikasi.IntegrationTests.Infrastructure.Fakes;

/// <summary>One push message the fake accepted, as the browser would read it (decrypted with the device's keys).</summary>
public sealed record FakePushMessage(string SubscriptionId, string? Plaintext, string? DecryptError, int Ttl, string? Urgency, string Subject);

/// <summary>
/// A Web Push service on 127.0.0.1 (RFC 8030) standing in for FCM or Mozilla's autopush, and the browser's side of
/// its subscriptions: <see cref="Subscribe"/> makes the device's P-256 key and auth secret as a browser does, so that
/// each accepted message is decrypted (RFC 8291, aes128gcm) and read back. It refuses what a real service refuses:
/// no VAPID <c>Authorization</c> → 401; a JWT that is not ES256, whose signature does not verify with the key in
/// <c>k</c>, whose <c>aud</c> is not this service's origin, whose <c>exp</c> is past or more than 24 hours ahead, or
/// without <c>sub</c> → 403 (RFC 8292); a <c>k</c> other than the key the subscription was made with → 403; an unknown
/// subscription → 404, an expired one → 410; no <c>TTL</c> → 400; a <c>Content-Encoding</c> other than
/// <c>aes128gcm</c> → 400; a body over 4096 bytes → 413. A queued fault answers 5xx instead of accepting.
/// </summary>
public sealed class FakePushService : IAsyncDisposable
{
    public const int MaxBody = 4096;

    private readonly ConcurrentDictionary<string, Device> _devices = new();
    private readonly ConcurrentQueue<HttpStatusCode> _faults = new();
    private WebApplication? _app;

    public int Port { get; } = FreePort();

    public string Origin => $"http://127.0.0.1:{Port}";

    /// <summary>Messages accepted (201), in order.</summary>
    public ConcurrentQueue<FakePushMessage> Accepted { get; } = new();

    /// <summary>Every request and the status it got: (subscription id, status).</summary>
    public ConcurrentQueue<(string Id, int Status, string Why)> Answers { get; } = new();

    /// <summary>
    /// What a browser does on <c>pushManager.subscribe({applicationServerKey})</c>: a new subscription restricted to
    /// that server key, with the device's own keys. Returns what the browser hands to the site.
    /// </summary>
    public (string Endpoint, string P256dh, string Auth) Subscribe(string applicationServerKey)
    {
        var id = Guid.NewGuid().ToString("N");
        var key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var auth = RandomNumberGenerator.GetBytes(16);
        _devices[id] = new Device(key, auth, applicationServerKey);
        var q = key.ExportParameters(false).Q;
        return ($"{Origin}/push/{id}", WebEncoders.Base64UrlEncode([0x04, .. q.X!, .. q.Y!]), WebEncoders.Base64UrlEncode(auth));
    }

    public static string IdOf(string endpoint) => endpoint[(endpoint.LastIndexOf('/') + 1)..];

    /// <summary>The subscription expires (the user revoked the permission, or the service dropped it): 410 from now on.</summary>
    public void Expire(string endpoint) => _devices[IdOf(endpoint)] = _devices[IdOf(endpoint)] with { Gone = true };

    /// <summary>The next <paramref name="count"/> well-formed messages are answered with <paramref name="status"/> instead.</summary>
    public void FailNext(int count, HttpStatusCode status)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue(status);
        }
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Origin);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/push/{id}", async (string id, HttpRequest request) =>
        {
            var (status, why, message) = await HandleAsync(id, request);
            Answers.Enqueue((id, status, why));
            if (message is not null)
            {
                Accepted.Enqueue(message);
                return Results.Created($"/message/{Guid.NewGuid():N}", null);
            }

            return Results.Text(why, "text/plain", Encoding.UTF8, status);
        });
        await _app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        foreach (var d in _devices.Values)
        {
            d.Key.Dispose();
        }
    }

    private async Task<(int Status, string Why, FakePushMessage? Message)> HandleAsync(string id, HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("vapid ", StringComparison.OrdinalIgnoreCase))
        {
            return (401, "VAPID Authorization missing", null);
        }

        var parameters = authorization[6..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        if (!parameters.TryGetValue("t", out var jwt) || !parameters.TryGetValue("k", out var k))
        {
            return (401, "VAPID t or k missing", null);
        }

        var (claimsProblem, subject) = CheckJwt(jwt, k);
        if (claimsProblem is not null)
        {
            return (403, claimsProblem, null);
        }

        if (!_devices.TryGetValue(id, out var device))
        {
            return (404, "no such subscription", null);
        }

        if (device.Gone)
        {
            return (410, "subscription expired", null);
        }

        if (!string.Equals(device.ServerKey, k, StringComparison.Ordinal))
        {
            return (403, "k is not the key the subscription was made with", null);
        }

        if (!int.TryParse(request.Headers["TTL"].ToString(), out var ttl) || ttl < 0)
        {
            return (400, "TTL missing", null);
        }

        if (!string.Equals(request.Headers.ContentEncoding.ToString(), "aes128gcm", StringComparison.Ordinal))
        {
            return (400, "Content-Encoding must be aes128gcm", null);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        if (buffer.Length > MaxBody)
        {
            return (413, "payload too large", null);
        }

        if (_faults.TryDequeue(out var fault))
        {
            return ((int)fault, "fault queued by the test", null);
        }

        string? plaintext = null;
        string? error = null;
        try
        {
            plaintext = Decrypt(buffer.ToArray(), device);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException or InvalidDataException)
        {
            error = ex.Message;
        }

        return (201, "created", new FakePushMessage(id, plaintext, error, ttl, request.Headers["Urgency"].ToString() is { Length: > 0 } u ? u : null, subject!));
    }

    /// <summary>RFC 8292: an ES256 JWT for this origin, not expired, at most 24 hours ahead, with a subject, signed by k.</summary>
    private (string? Problem, string? Subject) CheckJwt(string jwt, string k)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            return ("JWT malformed", null);
        }

        try
        {
            using var header = JsonDocument.Parse(WebEncoders.Base64UrlDecode(parts[0]));
            using var claims = JsonDocument.Parse(WebEncoders.Base64UrlDecode(parts[1]));
            if (header.RootElement.GetProperty("alg").GetString() != "ES256")
            {
                return ("JWT alg must be ES256", null);
            }

            var key = WebEncoders.Base64UrlDecode(k);
            if (key.Length != 65 || key[0] != 0x04)
            {
                return ("k is not a P-256 point", null);
            }

            using var ecdsa = ECDsa.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = key[1..33], Y = key[33..] },
            });
            if (!ecdsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), WebEncoders.Base64UrlDecode(parts[2]), HashAlgorithmName.SHA256))
            {
                return ("JWT signature does not verify with k", null);
            }

            var root = claims.RootElement;
            // The origin of the push resource (RFC 8292 section 2). Lib.Net.Http.WebPush 3.3.1 leaves a non-default port
            // out of "aud" (seen: "http://127.0.0.1" for this fake); real push services listen on 443, where both agree.
            if (!root.TryGetProperty("aud", out var aud) || (aud.GetString() != Origin && aud.GetString() != "http://127.0.0.1"))
            {
                return ($"JWT aud must be {Origin}", null);
            }

            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            if (!root.TryGetProperty("exp", out var exp) || exp.GetInt64() <= now || exp.GetInt64() > now + (24 * 3600))
            {
                return ("JWT exp must be in the next 24 hours", null);
            }

            if (!root.TryGetProperty("sub", out var sub) || sub.GetString() is not { Length: > 0 } subject
                || !(subject.StartsWith("mailto:", StringComparison.Ordinal) || subject.StartsWith("https:", StringComparison.Ordinal)))
            {
                return ("JWT sub must be a mailto: or https: URI", null);
            }

            return (null, subject);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException or InvalidOperationException or CryptographicException)
        {
            return ("JWT unreadable: " + ex.Message, null);
        }
    }

    /// <summary>The browser's side of RFC 8291: one aes128gcm record (RFC 8188) keyed by ECDH with the device's key and its auth secret.</summary>
    private static string Decrypt(byte[] body, Device device)
    {
        if (body.Length < 21)
        {
            throw new InvalidDataException("body shorter than the aes128gcm header");
        }

        var salt = body[..16];
        var recordSize = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(16, 4));
        var idLength = body[20];
        var serverKey = body[21..(21 + idLength)];
        var ciphertext = body[(21 + idLength)..];
        if (idLength != 65 || ciphertext.Length > recordSize)
        {
            throw new InvalidDataException("one record with the application server's key expected");
        }

        using var server = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = serverKey[1..33], Y = serverKey[33..] },
        });
        var shared = device.Key.DeriveRawSecretAgreement(server.PublicKey);
        var q = device.Key.ExportParameters(false).Q;
        byte[] uaPublic = [0x04, .. q.X!, .. q.Y!];
        byte[] keyInfo = [.. "WebPush: info\0"u8, .. uaPublic, .. serverKey];
        var ikm = HKDF.DeriveKey(HashAlgorithmName.SHA256, shared, 32, device.Auth, keyInfo);
        var prk = HKDF.Extract(HashAlgorithmName.SHA256, ikm, salt);
        var cek = HKDF.Expand(HashAlgorithmName.SHA256, prk, 16, "Content-Encoding: aes128gcm\0"u8.ToArray());
        var nonce = HKDF.Expand(HashAlgorithmName.SHA256, prk, 12, "Content-Encoding: nonce\0"u8.ToArray());
        var plain = new byte[ciphertext.Length - 16];
        using (var aes = new AesGcm(cek, 16))
        {
            aes.Decrypt(nonce, ciphertext[..^16], ciphertext[^16..], plain);
        }

        var end = plain.Length - 1;
        while (end >= 0 && plain[end] == 0)
        {
            end--;
        }

        if (end < 0 || plain[end] != 0x02)
        {
            throw new InvalidDataException("last record's padding delimiter (0x02) missing");
        }

        return Encoding.UTF8.GetString(plain, 0, end);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Device(ECDiffieHellman Key, byte[] Auth, string ServerKey)
    {
        public bool Gone { get; init; }
    }
}
