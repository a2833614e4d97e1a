using SopPublikasi.Module.CrossPosting.OAuth;

namespace SopPublikasi.Module.Tests.CrossPosting;

public class OAuth1SignerTests
{
    // X's "Creating a signature" example, from X's OAuth 1.0a documentation (docs/networks.md, "X").
    private static readonly OAuth1Credentials XExample = new(
        "xvz1evFS4wEEPTGEFPHBog",
        "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
        "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
        "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");

    private const string Nonce = "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg";

    private const long Timestamp = 1318622958;

    private static readonly Uri StatusUrl = new("https://api.x.com/1.1/statuses/update.json?include_entities=true");

    private static readonly KeyValuePair<string, string>[] StatusForm = [new("status", "Hello Ladies + Gentlemen, a signed OAuth request!")];

    [Fact]
    public void Sign_XDocumentationVector_KnownSignature()
    {
        var signed = OAuth1Signer.Sign("POST", StatusUrl, StatusForm, XExample, Nonce, Timestamp);

        Assert.Equal("Ls93hJiZbQ3akF3HF3x1Bz8/zU4=", signed.Signature);
        Assert.Equal(
            "POST&https%3A%2F%2Fapi.x.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog"
            + "%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958"
            + "%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0"
            + "%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521",
            signed.BaseString);
    }

    [Fact]
    public void Sign_XDocumentationVector_HeaderSortedAndEncoded()
    {
        var signed = OAuth1Signer.Sign("POST", StatusUrl, StatusForm, XExample, Nonce, Timestamp);

        Assert.Equal(
            "OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\", oauth_nonce=\"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg\", "
            + "oauth_signature=\"Ls93hJiZbQ3akF3HF3x1Bz8%2FzU4%3D\", oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"1318622958\", "
            + "oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\", oauth_version=\"1.0\"",
            signed.AuthorizationHeader);
    }

    [Fact]
    public void Sign_UpperCaseHostAndDefaultPort_SameAsCanonicalUrl()
    {
        var signed = OAuth1Signer.Sign("post", new Uri("HTTPS://API.X.COM:443/1.1/statuses/update.json?include_entities=true"), StatusForm, XExample, Nonce, Timestamp);

        Assert.Equal("Ls93hJiZbQ3akF3HF3x1Bz8/zU4=", signed.Signature);
    }

    [Theory]
    [InlineData("https://api.x.com:443/2/tweets?x=1#frag", "https://api.x.com/2/tweets")]
    [InlineData("http://127.0.0.1:80/2/tweets", "http://127.0.0.1/2/tweets")]
    [InlineData("http://127.0.0.1:5123/2/tweets", "http://127.0.0.1:5123/2/tweets")]
    [InlineData("https://Api.X.com:8443/2/Tweets", "https://api.x.com:8443/2/Tweets")]
    public void BaseUrl_Url_SchemeHostLowerCaseDefaultPortAndQueryDropped(string url, string expected)
    {
        Assert.Equal(expected, OAuth1Signer.BaseUrl(new Uri(url)));
    }

    [Fact]
    public void BaseString_Parameters_SortedOrdinallyByNameThenValue()
    {
        var baseString = OAuth1Signer.BaseString("GET", new Uri("https://api.x.com/p?b=2&a=2&a=1&B=0&a=10"), [new("c", "x"), new("a", "")]);

        // Ordinal: upper case before lower case, "a=" before "a=1" before "a=10" before "a=2".
        Assert.Equal("GET&https%3A%2F%2Fapi.x.com%2Fp&" + Uri.EscapeDataString("B=0&a=&a=1&a=10&a=2&b=2&c=x"), baseString);
    }

    [Fact]
    public void BaseString_EncodedQuery_DecodedThenReencoded()
    {
        var baseString = OAuth1Signer.BaseString("GET", new Uri("https://api.x.com/p?q=a+b%21&empty&r=%C3%A9"), []);

        Assert.Equal("GET&https%3A%2F%2Fapi.x.com%2Fp&" + Uri.EscapeDataString("empty=&q=a%20b%21&r=%C3%A9"), baseString);
    }

    [Fact]
    public void Sign_JsonBody_OnlyQueryAndOAuthParametersSigned()
    {
        var signed = OAuth1Signer.Sign("POST", new Uri("https://api.x.com/2/tweets"), null, XExample, Nonce, Timestamp);

        Assert.DoesNotContain("status", signed.BaseString, StringComparison.Ordinal);
        Assert.True(OAuth1Signer.Verify("POST", new Uri("https://api.x.com/2/tweets"), null, signed.AuthorizationHeader, XExample));
    }

    [Fact]
    public void Sign_WithClock_FreshNonceAndClockTimestamp()
    {
        var clock = new FixedClock(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

        var first = OAuth1Signer.Sign("POST", StatusUrl, StatusForm, XExample, clock);
        var second = OAuth1Signer.Sign("POST", StatusUrl, StatusForm, XExample, clock);

        Assert.Contains("oauth_timestamp=\"1800000000\"", first.AuthorizationHeader, StringComparison.Ordinal);
        Assert.NotEqual(first.Signature, second.Signature);
        Assert.True(OAuth1Signer.Verify("POST", StatusUrl, StatusForm, first.AuthorizationHeader, XExample));
    }

    [Fact]
    public void CreateNonce_WordCharactersOnlyAndUnique()
    {
        var nonces = Enumerable.Range(0, 50).Select(_ => OAuth1Signer.CreateNonce()).ToList();

        Assert.All(nonces, n => Assert.Matches("^[A-Za-z0-9]{30,43}$", n));
        Assert.Equal(nonces.Count, nonces.Distinct().Count());
    }

    [Fact]
    public void Verify_SignedRequest_Accepted()
    {
        var signed = OAuth1Signer.Sign("POST", StatusUrl, StatusForm, XExample, Nonce, Timestamp);

        Assert.True(OAuth1Signer.Verify("POST", StatusUrl, StatusForm, signed.AuthorizationHeader, XExample));
    }

    [Theory]
    [InlineData("oauth_timestamp=\"1318622958\"", "oauth_timestamp=\"1318622959\"")]
    [InlineData("oauth_nonce=\"kYjz", "oauth_nonce=\"kYjZ")]
    [InlineData("Ls93hJiZbQ3akF3HF3x1Bz8", "Ls93hJiZbQ3akF3HF3x1Bz9")]
    [InlineData("HMAC-SHA1", "PLAINTEXT")]
    [InlineData("oauth_version=\"1.0\"", "oauth_version=\"2.0\"")]
    [InlineData("oauth_token=\"370773112", "oauth_token=\"370773113")]
    [InlineData("OAuth ", "Bearer ")]
    [InlineData(", oauth_nonce=\"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg\"", "")]
    public void Verify_TamperedHeader_Refused(string original, string tampered)
    {
        var signed = OAuth1Signer.Sign("POST", StatusUrl, StatusForm, XExample, Nonce, Timestamp);
        var header = signed.AuthorizationHeader.Replace(original, tampered, StringComparison.Ordinal);

        Assert.NotEqual(signed.AuthorizationHeader, header);
        Assert.False(OAuth1Signer.Verify("POST", StatusUrl, StatusForm, header, XExample));
    }

    [Fact]
    public void Verify_TamperedRequest_Refused()
    {
        var signed = OAuth1Signer.Sign("POST", StatusUrl, StatusForm, XExample, Nonce, Timestamp);

        Assert.False(OAuth1Signer.Verify("POST", StatusUrl, [new("status", "Hello Ladies + Gentlemen, a signed OAuth request?")], signed.AuthorizationHeader, XExample));
        Assert.False(OAuth1Signer.Verify("POST", new Uri("https://api.x.com/1.1/statuses/update.json?include_entities=false"), StatusForm, signed.AuthorizationHeader, XExample));
        Assert.False(OAuth1Signer.Verify("GET", StatusUrl, StatusForm, signed.AuthorizationHeader, XExample));
    }

    [Fact]
    public void Verify_WrongSecret_Refused()
    {
        var signed = OAuth1Signer.Sign("POST", StatusUrl, StatusForm, XExample, Nonce, Timestamp);

        Assert.False(OAuth1Signer.Verify("POST", StatusUrl, StatusForm, signed.AuthorizationHeader, XExample with { ConsumerSecret = "salah" }));
        Assert.False(OAuth1Signer.Verify("POST", StatusUrl, StatusForm, signed.AuthorizationHeader, XExample with { TokenSecret = "salah" }));
        Assert.False(OAuth1Signer.Verify("POST", StatusUrl, StatusForm, signed.AuthorizationHeader, XExample with { ConsumerKey = "lain" }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("OAuth")]
    [InlineData("OAuth oauth_nonce=abc")]
    [InlineData("OAuth oauth_nonce=\"a\", oauth_nonce=\"a\"")]
    public void Verify_MalformedHeader_Refused(string? header)
    {
        Assert.False(OAuth1Signer.Verify("POST", StatusUrl, StatusForm, header, XExample));
    }

    [Fact]
    public void Verify_RealmAndRelaxedSpacing_Accepted()
    {
        var signed = OAuth1Signer.Sign("POST", StatusUrl, StatusForm, XExample, Nonce, Timestamp);
        var header = "oauth realm=\"https://api.x.com/\"," + signed.AuthorizationHeader["OAuth ".Length..].Replace(", ", " ,  ", StringComparison.Ordinal);

        Assert.True(OAuth1Signer.Verify("POST", StatusUrl, StatusForm, header, XExample));
    }

    [Fact]
    public void ToString_Credentials_SecretsLeftOut()
    {
        var text = XExample.ToString();

        Assert.DoesNotContain(XExample.ConsumerSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(XExample.TokenSecret, text, StringComparison.Ordinal);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
