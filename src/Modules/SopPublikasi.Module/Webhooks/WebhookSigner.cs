using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SopPublikasi.Module.Webhooks;

/// <summary>
/// Signature of a delivery: hex HMAC-SHA256, keyed with the subscription's secret, over "{timestamp}.{body}",
/// sent as "X-Sop-Signature: sha256=…" with "X-Sop-Timestamp" (Unix seconds) so that replays can be refused.
/// </summary>
public static class WebhookSigner
{
    public const string SignatureHeader = "X-Sop-Signature";
    public const string TimestampHeader = "X-Sop-Timestamp";
    public const string EventHeader = "X-Sop-Event";
    public const string DeliveryHeader = "X-Sop-Delivery";

    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    public static bool Verify(string secret, string timestamp, string body, string signature) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ts)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, ts, body)), Encoding.ASCII.GetBytes(signature ?? string.Empty));
}
