using System.Net;
using System.Text;
using System.Text.Json;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks.Facebook;
using SopPublikasi.Module.CrossPosting.Networks.Instagram;
using SopPublikasi.Module.CrossPosting.Networks.Mastodon;

namespace SopPublikasi.Module.Tests.CrossPosting.Networks;

/// <summary>What the networks changed by December 2026 (docs/networks.md), classified and configured as they are now.</summary>
public class NetworkChanges2026Tests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Instagram_80002_IsARateLimitWithTheRegainTime()
    {
        var (request, response) = Exchange(HttpMethod.Post, 400);
        response.Headers.Add("X-Business-Use-Case-Usage", """{"17841400000000001":[{"type":"instagram","call_count":100,"estimated_time_to_regain_access":7}]}""");

        var failure = GraphErrors.Classify("Instagram", request, response, Json("""{"error":{"message":"(#80002) There have been too many calls to this Instagram account.","type":"OAuthException","code":80002}}"""), Now);

        Assert.Equal(FailureKind.RateLimited, failure.Kind);
        Assert.Equal(Now.AddMinutes(7), failure.RetryAt);
    }

    [Fact]
    public void Mastodon_422ForMediaStillProcessing_IsTransient_OtherValidationStaysPermanent()
    {
        var (request, response) = Exchange(HttpMethod.Post, 422);

        var processing = MastodonErrors.Classify(request, response, Json("""{"error":"Cannot attach files that have not finished processing. Try again in a moment!"}"""), Now);
        var tooLong = MastodonErrors.Classify(request, response, Json("""{"error":"Validation failed: Text character limit of 500 exceeded"}"""), Now);

        Assert.Equal(FailureKind.Transient, processing.Kind);
        Assert.Equal(FailureKind.Permanent, tooLong.Kind);
    }

    [Theory]
    [InlineData(null, "https://graph.facebook.com/v26.0/")]
    [InlineData("https://graph.instagram.com", "https://graph.instagram.com/v26.0/")]
    [InlineData("http://127.0.0.1:5000/", "http://127.0.0.1:5000/v26.0/")]
    [InlineData("https://graph.facebook.com/v24.0/", "https://graph.facebook.com/v24.0/")]
    public void GraphRoot_HostThenConfiguredVersion_UnlessTheAddressNamesOne(string? baseUrl, string expected)
    {
        var options = new GraphApiOptions();

        Assert.Equal(expected, options.Root(Channel(baseUrl), GraphCall.FacebookHost).ToString());
    }

    [Fact]
    public void GraphWarning_NinetyDaysBeforeTheEnd_AndAfterIt_NeverForAVersionWithoutAnEnd()
    {
        var v21 = new GraphApiOptions { Version = "v21.0" };

        Assert.Contains("21 Januari 2027", v21.Warning(Channel(null), GraphCall.FacebookHost, Now), StringComparison.Ordinal);
        Assert.Null(v21.Warning(Channel(null), GraphCall.FacebookHost, new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Contains("sudah dihentikan", v21.Warning(Channel(null), GraphCall.FacebookHost, new DateTimeOffset(2027, 1, 21, 0, 0, 0, TimeSpan.Zero)), StringComparison.Ordinal);
        Assert.Null(new GraphApiOptions().Warning(Channel(null), GraphCall.FacebookHost, Now));
        Assert.Null(new GraphApiOptions { Version = "v25.0" }.Warning(Channel(null), GraphCall.FacebookHost, Now));
        Assert.Contains("v22.0", new GraphApiOptions().Warning(Channel("https://graph.facebook.com/v22.0"), GraphCall.FacebookHost, new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v26.0", true)]
    [InlineData("v3.3", true)]
    [InlineData("26.0", false)]
    [InlineData("v26", false)]
    [InlineData("v26.0/../x", false)]
    public void GraphVersion_Validated(string version, bool valid)
    {
        var options = new GraphApiOptions { Version = version };

        Assert.Equal(valid, !options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Any());
    }

    [Fact]
    public void Instagram_LoginToken_AsksForTheInstagramHost()
    {
        var network = new InstagramNetwork();
        var credentials = new Dictionary<string, string> { ["UserId"] = "1784", ["AccessToken"] = "IGAAuji" };

        Assert.Contains("graph.instagram.com", network.Missing(credentials, null), StringComparison.Ordinal);
        Assert.Null(network.Missing(credentials, "https://graph.instagram.com"));
        Assert.Null(network.Missing(new Dictionary<string, string> { ["UserId"] = "1784", ["AccessToken"] = "EAAuji" }, null));
    }

    private static ResolvedChannel Channel(string? baseUrl) =>
        new("kanal", "Facebook", baseUrl, true, false, false, null, null, null, new Dictionary<string, string>());

    private static (HttpRequestMessage Request, HttpResponseMessage Response) Exchange(HttpMethod method, int status) =>
        (new HttpRequestMessage(method, "https://example.test/"), new HttpResponseMessage((HttpStatusCode)status));

    private static JsonElement Json(string body) => JsonDocument.Parse(Encoding.UTF8.GetBytes(body)).RootElement;
}
