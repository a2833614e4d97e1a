using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.Module.Tests.Api;

public class WebhookSignerTests
{
    private const string Secret = "whsec_rahasia";
    private const string Body = "{\"event\":\"materi.diterbitkan\"}";

    /// <summary>
    /// The test vector of the Standard Webhooks reference libraries (github.com/standard-webhooks/standard-webhooks,
    /// libraries/*; the spec's own text has no worked signature). Getting it wrong means the alphabet, the
    /// delimiter or the key decoding is wrong, and no receiver's library would accept what is sent.
    /// </summary>
    [Fact]
    public void Sign_StandardWebhooksTestVector_Reproduced() =>
        Assert.Equal(
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
            WebhookSigner.Sign(WebhookSigner.KeyOf("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"));

    [Fact]
    public void Sign_IdTimestampAndBodyJoinedByFullStops_KeyedWithDecodedSecret()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, "d1.1764000000.{\"a\":1}"u8));
        Assert.Equal(expected, WebhookSigner.Sign(WebhookSigner.KeyOf("whsec_" + Convert.ToBase64String(key)), "d1", 1764000000, "{\"a\":1}"));
    }

    [Fact]
    public void Generate_StandardSecret_32BytesInStandardBase64()
    {
        var secret = WebhookSecrets.Generate();
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        var bytes = Convert.FromBase64String(secret["whsec_".Length..]);
        Assert.Equal(32, bytes.Length);
        Assert.Equal(bytes, WebhookSigner.KeyOf(secret));
    }

    [Fact]
    public void KeyOf_SecretFromBeforeStandardWebhooks_ItsUtf8Text()
    {
        // What the earlier release made: whsec_ + unpadded base64url (43 characters), not decodable as standard base64.
        var legacy = "whsec_" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        Assert.Equal(Encoding.UTF8.GetBytes(legacy), WebhookSigner.KeyOf(legacy));
        Assert.Equal(Encoding.UTF8.GetBytes(Secret), WebhookSigner.KeyOf(Secret));
    }

    [Theory]
    [InlineData("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 24)] // the spec's smallest key
    [InlineData("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==", 0)] // 22 bytes: below the spec's 24, taken as text
    public void KeyOf_DecodesOnlyKeysOfTheSpecsSize(string secret, int decodedLength) =>
        Assert.Equal(decodedLength == 0 ? Encoding.UTF8.GetBytes(secret) : new byte[decodedLength], WebhookSigner.KeyOf(secret));

    [Fact]
    public void SignatureHeaderValue_OneSecret_OneSignature() =>
        Assert.Equal(WebhookSigner.Sign(WebhookSigner.KeyOf(Secret), "d1", 1764000000, Body), WebhookSigner.SignatureHeaderValue([Secret], "d1", 1764000000, Body));

    [Fact]
    public void SignatureHeaderValue_Rotation_NewThenOldThenNewAgain()
    {
        var fresh = WebhookSecrets.Generate();
        var signatures = WebhookSigner.SignatureHeaderValue([fresh, Secret], "d1", 1764000000, Body).Split(' ');
        var newer = WebhookSigner.Sign(WebhookSigner.KeyOf(fresh), "d1", 1764000000, Body);
        Assert.Equal([newer, WebhookSigner.Sign(WebhookSigner.KeyOf(Secret), "d1", 1764000000, Body), newer], signatures);
    }

    [Fact]
    public void SigningSecrets_DuringOverlapBoth_AfterItOnlyTheNew()
    {
        var secrets = new WebhookSecrets(new EphemeralDataProtectionProvider());
        var until = new DateTimeOffset(2026, 12, 8, 3, 0, 0, TimeSpan.Zero);
        var subscription = new WebhookSubscription { ProtectedSecret = secrets.Protect("whsec_baru"), ProtectedPreviousSecret = secrets.Protect("whsec_lama"), PreviousSecretUntil = until };
        Assert.Equal(["whsec_baru", "whsec_lama"], secrets.SigningSecrets(subscription, until.AddSeconds(-1)));
        Assert.Equal(["whsec_baru"], secrets.SigningSecrets(subscription, until));
        Assert.Equal(["whsec_baru"], secrets.SigningSecrets(new WebhookSubscription { ProtectedSecret = secrets.Protect("whsec_baru") }, until));
    }

    [Fact]
    public void SignLegacy_KnownInput_HexHmacOfTimestampDotBody()
    {
        // echo -n '1764000000.{"event":"materi.diterbitkan"}' | openssl dgst -sha256 -hmac whsec_rahasia
        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(
            "whsec_rahasia"u8.ToArray(), "1764000000.{\"event\":\"materi.diterbitkan\"}"u8.ToArray())), WebhookSigner.SignLegacy(Secret, 1764000000, Body));
    }

    [Fact]
    public void VerifyLegacy_Untouched_True() =>
        Assert.True(WebhookSigner.VerifyLegacy(Secret, "1764000000", Body, WebhookSigner.SignLegacy(Secret, 1764000000, Body)));

    [Theory]
    [InlineData("1764000001", Body)]
    [InlineData("1764000000", "{\"event\":\"materi.transisi\"}")]
    [InlineData("bukan-angka", Body)]
    public void VerifyLegacy_TamperedTimestampOrBody_False(string timestamp, string body) =>
        Assert.False(WebhookSigner.VerifyLegacy(Secret, timestamp, body, WebhookSigner.SignLegacy(Secret, 1764000000, Body)));

    [Fact]
    public void VerifyLegacy_OtherSecret_False() =>
        Assert.False(WebhookSigner.VerifyLegacy("whsec_lain", "1764000000", Body, WebhookSigner.SignLegacy(Secret, 1764000000, Body)));
}
