using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.Module.Tests.Api;

public class WebhookSignerTests
{
    private const string Secret = "whsec_rahasia";
    private const string Body = "{\"event\":\"materi.diterbitkan\"}";

    [Fact]
    public void Sign_KnownInput_HexHmacOfTimestampDotBody()
    {
        // echo -n '1764000000.{"event":"materi.diterbitkan"}' | openssl dgst -sha256 -hmac whsec_rahasia
        Assert.Equal("sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            "whsec_rahasia"u8.ToArray(), "1764000000.{\"event\":\"materi.diterbitkan\"}"u8.ToArray())), WebhookSigner.Sign(Secret, 1764000000, Body));
    }

    [Fact]
    public void Verify_Untouched_True() =>
        Assert.True(WebhookSigner.Verify(Secret, "1764000000", Body, WebhookSigner.Sign(Secret, 1764000000, Body)));

    [Theory]
    [InlineData("1764000001", Body)]
    [InlineData("1764000000", "{\"event\":\"materi.transisi\"}")]
    [InlineData("bukan-angka", Body)]
    public void Verify_TamperedTimestampOrBody_False(string timestamp, string body) =>
        Assert.False(WebhookSigner.Verify(Secret, timestamp, body, WebhookSigner.Sign(Secret, 1764000000, Body)));

    [Fact]
    public void Verify_OtherSecret_False() =>
        Assert.False(WebhookSigner.Verify("whsec_lain", "1764000000", Body, WebhookSigner.Sign(Secret, 1764000000, Body)));
}
