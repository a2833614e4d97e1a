using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SopPublikasi.Module.CrossPosting.OAuth;

/// <summary>
/// OAuth 1.0a HMAC-SHA1 request signing (RFC 5849 §3.4), the way X checks it. Pure: the nonce and timestamp can be
/// passed in so that a published test vector reproduces byte for byte, and the same code recomputes a signature in
/// a fake server, so the client and the fake cannot drift apart unnoticed.
/// Only query parameters and <c>application/x-www-form-urlencoded</c> body parameters are signed; a JSON or
/// multipart body is not, so callers pass <c>null</c> form parameters for those.
/// </summary>
public static class OAuth1Signer
{
    public const string SignatureMethod = "HMAC-SHA1";

    public const string Version = "1.0";

    private const string SignatureName = "oauth_signature";

    /// <summary>Signs with a fresh nonce and the current time from <paramref name="clock"/>.</summary>
    public static OAuth1Signature Sign(
        string method, Uri url, IEnumerable<KeyValuePair<string, string>>? formParameters, OAuth1Credentials credentials, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Sign(method, url, formParameters, credentials, CreateNonce(), clock.GetUtcNow().ToUnixTimeSeconds());
    }

    /// <summary>Signs with the given nonce and timestamp (Unix seconds).</summary>
    public static OAuth1Signature Sign(
        string method, Uri url, IEnumerable<KeyValuePair<string, string>>? formParameters, OAuth1Credentials credentials, string nonce, long timestamp)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        KeyValuePair<string, string>[] oauth =
        [
            new("oauth_consumer_key", credentials.ConsumerKey),
            new("oauth_nonce", nonce),
            new("oauth_signature_method", SignatureMethod),
            new("oauth_timestamp", timestamp.ToString(CultureInfo.InvariantCulture)),
            new("oauth_token", credentials.Token),
            new("oauth_version", Version),
        ];
        var baseString = BaseString(method, url, (formParameters ?? []).Concat(oauth));
        var signature = Convert.ToBase64String(Hash(baseString, credentials));
        var header = "OAuth " + string.Join(", ", oauth
            .Append(new(SignatureName, signature))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{PercentEncoding.Encode(p.Key)}=\"{PercentEncoding.Encode(p.Value)}\""));
        return new OAuth1Signature(baseString, signature, header);
    }

    /// <summary>
    /// <c>METHOD&amp;pct(base URL)&amp;pct(normalised parameters)</c>: the query of <paramref name="url"/> plus
    /// <paramref name="parameters"/> (form and oauth_* parameters, without oauth_signature), each name and value
    /// percent-encoded, sorted ordinally by name then value, joined as <c>k=v</c> with <c>&amp;</c>.
    /// </summary>
    public static string BaseString(string method, Uri url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(parameters);
        var normalized = string.Join('&', QueryParameters(url)
            .Concat(parameters)
            .Select(p => (Name: PercentEncoding.Encode(p.Key), Value: PercentEncoding.Encode(p.Value)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + p.Value));
        return method.ToUpperInvariant() + "&" + PercentEncoding.Encode(BaseUrl(url)) + "&" + PercentEncoding.Encode(normalized);
    }

    /// <summary>The URL as signed: scheme and host in lower case, the port only when it is not the scheme's default, no query or fragment.</summary>
    public static string BaseUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException("OAuth 1.0a signs absolute URLs only.", nameof(url));
        }

        var port = url.IsDefaultPort ? string.Empty : ":" + url.Port.ToString(CultureInfo.InvariantCulture);
        return url.Scheme.ToLowerInvariant() + "://" + url.Host.ToLowerInvariant() + port + url.AbsolutePath;
    }

    /// <summary>32 bytes from a cryptographic generator, base64, with the non-word characters removed.</summary>
    public static string CreateNonce() =>
        string.Concat(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Where(char.IsAsciiLetterOrDigit));

    /// <summary>
    /// For a fake server: true when <paramref name="authorizationHeader"/> names these credentials' consumer key and
    /// token, uses HMAC-SHA1 (version 1.0 if given), and carries the signature recomputed from the request and the
    /// secrets. The comparison is constant-time. Nonce reuse and timestamp age are the caller's to check.
    /// </summary>
    public static bool Verify(
        string method, Uri url, IEnumerable<KeyValuePair<string, string>>? formParameters, string? authorizationHeader, OAuth1Credentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (!OAuth1Header.TryParse(authorizationHeader, out var header)
            || !header.TryGetValue(SignatureName, out var presented)
            || !header.TryGetValue("oauth_nonce", out var nonce) || nonce.Length == 0
            || !header.TryGetValue("oauth_timestamp", out var timestamp) || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            || header.GetValueOrDefault("oauth_consumer_key") != credentials.ConsumerKey
            || header.GetValueOrDefault("oauth_token") != credentials.Token
            || header.GetValueOrDefault("oauth_signature_method") != SignatureMethod
            || header.GetValueOrDefault("oauth_version", Version) != Version)
        {
            return false;
        }

        // realm is not signed (RFC 5849 §3.4.1.3.1), nor is the signature itself.
        var signed = header.Where(p => p.Key is not SignatureName and not "realm");
        var expected = Hash(BaseString(method, url, (formParameters ?? []).Concat(signed)), credentials);
        var buffer = new byte[presented.Length];
        return Convert.TryFromBase64String(presented, buffer, out var length)
            && CryptographicOperations.FixedTimeEquals(expected, buffer.AsSpan(0, length));
    }

    private static IEnumerable<KeyValuePair<string, string>> QueryParameters(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Query.Length <= 1)
        {
            yield break;
        }

        foreach (var pair in url.Query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            yield return equals < 0
                ? new(PercentEncoding.DecodeFormComponent(pair), string.Empty)
                : new(PercentEncoding.DecodeFormComponent(pair[..equals]), PercentEncoding.DecodeFormComponent(pair[(equals + 1)..]));
        }
    }

    private static byte[] Hash(string baseString, OAuth1Credentials credentials)
    {
        var key = PercentEncoding.Encode(credentials.ConsumerSecret) + "&" + PercentEncoding.Encode(credentials.TokenSecret);

        // HMAC-SHA1 is what the protocol mandates; as an HMAC it does not depend on SHA-1's collision resistance.
#pragma warning disable CA5350
        return HMACSHA1.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(baseString));
#pragma warning restore CA5350
    }
}
