using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SopPublikasi.Module.Webhooks;

/// <summary>
/// Signatures of a delivery, by Standard Webhooks v1 (https://github.com/standard-webhooks/standard-webhooks,
/// spec/standard-webhooks.md; see docs/networks.md, "Webhooks (Standard Webhooks)"): <c>webhook-id</c> (the
/// delivery's id, the same on every retry), <c>webhook-timestamp</c> (Unix seconds of the attempt) and
/// <c>webhook-signature: v1,&lt;base64 HMAC-SHA256 of "{id}.{timestamp}.{body}"&gt;</c>, keyed with the secret's
/// bytes. During a secret rotation the header carries a signature per secret, space-separated.
/// The old headers (<c>X-Sop-*</c>, hex HMAC over "{timestamp}.{body}") are still sent for one release, deprecated.
/// </summary>
public static class WebhookSigner
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    /// <summary>Secrets in the Standard Webhooks form: this prefix, then the key's bytes in standard base64.</summary>
    public const string SecretPrefix = "whsec_";

    /// <summary>Deprecated: <c>sha256=</c> hex HMAC-SHA256 of "{timestamp}.{body}", keyed with the secret's UTF-8 text.</summary>
    public const string LegacySignatureHeader = "X-Sop-Signature";

    /// <summary>Deprecated: the same value as <c>webhook-timestamp</c>.</summary>
    public const string LegacyTimestampHeader = "X-Sop-Timestamp";

    /// <summary>Deprecated: the same value as <c>webhook-id</c>.</summary>
    public const string LegacyDeliveryHeader = "X-Sop-Delivery";

    /// <summary>The event's name (<c>materi.diterbitkan</c>, …); also in the body's <c>event</c>. Not part of the standard.</summary>
    public const string EventHeader = "X-Sop-Event";

    /// <summary>
    /// The HMAC key of a secret. A Standard Webhooks secret (<c>whsec_</c> + standard base64 of 24 to 64 bytes, as
    /// every secret made since this release is) gives the decoded bytes. Any other text (secrets made before it were
    /// <c>whsec_</c> + unpadded base64url, which no Standard Webhooks library decodes) gives the UTF-8 bytes of the
    /// whole secret as written, the same key the old <c>X-Sop-Signature</c> used; integrators pass those bytes to
    /// their library (<c>new StandardWebhook(Encoding.UTF8.GetBytes(secret))</c>) or rotate to a new secret.
    /// </summary>
    public static byte[] KeyOf(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            var encoded = secret[SecretPrefix.Length..];
            var buffer = new byte[encoded.Length];
            if (encoded.Length % 4 == 0 && Convert.TryFromBase64String(encoded, buffer, out var written) && written is >= 24 and <= 64)
            {
                return buffer[..written];
            }
        }

        return Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>One signature, <c>v1,&lt;base64&gt;</c>.</summary>
    public static string Sign(ReadOnlySpan<byte> key, string id, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(body);
        var content = Encoding.UTF8.GetBytes(id + "." + timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }

    /// <summary>
    /// The <c>webhook-signature</c> value for these secrets, newest first. With more than one secret (a rotation's
    /// overlap) the newest signature is written once more at the end: the StandardWebhooks NuGet package (1.1.2)
    /// never compares the last of several signatures (the loop ends before it; the same bug was fixed in Svix's C#
    /// library, svix/svix-webhooks#2393), so without the repeat its users holding the old secret would refuse every
    /// delivery of the overlap. A verifier that reads every signature is not affected by the repeat.
    /// </summary>
    public static string SignatureHeaderValue(IReadOnlyList<string> secrets, string id, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (secrets.Count == 0)
        {
            throw new ArgumentException("At least one secret is needed.", nameof(secrets));
        }

        var signatures = secrets.Select(s => Sign(KeyOf(s), id, timestamp, body)).ToList();
        if (signatures.Count > 1)
        {
            signatures.Add(signatures[0]);
        }

        return string.Join(' ', signatures);
    }

    /// <summary>Deprecated header value: <c>sha256=</c> hex HMAC-SHA256, keyed with the secret's UTF-8 text, over "{timestamp}.{body}".</summary>
    public static string SignLegacy(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    public static bool VerifyLegacy(string secret, string timestamp, string body, string signature) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ts)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(SignLegacy(secret, ts, body)), Encoding.ASCII.GetBytes(signature ?? string.Empty));
}
