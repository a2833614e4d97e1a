using System.Net;
using SopPublikasi.IntegrationTests.Infrastructure;

namespace SopPublikasi.IntegrationTests.Abuse;

/// <summary>
/// Finding 5: the API's request budget was partitioned by the raw Authorization header, so a client that sent a
/// different junk value (or the same one with other spaces or a lower-case scheme) each time was never limited.
/// The budget belongs to the authenticated token's owner, or to the client's address when there is no valid token.
/// </summary>
public sealed class ApiRateLimitAbuseTests
{
    private const int Budget = 4;

    [Fact]
    public async Task VaryingJunkAuthorization_CountsAgainstTheAddress_ValidTokenHasItsOwnBudgetWhateverItsSpelling()
    {
        using var factory = new SopAppFactory();
        factory.Settings["Api:PermitLimit"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["Api:Window"] = "00:10:00";
        _ = factory.Server;
        await factory.SeedUsersAsync();
        var token = await Api.TokenForAsync(factory, "staf");
        using var client = Api.Anonymous(factory);

        string[] junk = ["Bearer sampah-1", "bearer sop_palsu", "Bearer    sop_spasi   ", "BEARER sop_" + new string('x', 43), "Basic YWRtaW46YWRtaW4=", "xyz"];
        var publicAnswers = new List<HttpStatusCode>();
        foreach (var header in junk)
        {
            publicAnswers.Add((await SendAsync(client, "/api/v1/kategori", header)).StatusCode);
        }

        // The address's budget is spent by the first four, whatever each one's header said.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, Budget), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], publicAnswers);
        var noHeader = await SendAsync(client, "/api/v1/kategori", null);
        await noHeader.ProblemAsync(429);

        // A junk token on a secured route is counted before it is refused: 429, not an endless stream of 401s.
        var secured = await SendAsync(client, "/api/v1/tugas", "Bearer sop_lain-lagi");
        await secured.ProblemAsync(429);

        // The token's owner has a budget of their own, one budget however the header is spelled.
        string[] spellings = ["Bearer " + token, "bearer " + token, "Bearer   " + token + "  ", "BEARER " + token];
        var tokenAnswers = new List<HttpStatusCode>();
        foreach (var header in spellings.Append("Bearer " + token))
        {
            tokenAnswers.Add((await SendAsync(client, "/api/v1/tugas", header)).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, Budget), HttpStatusCode.TooManyRequests], tokenAnswers);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (authorization is not null)
        {
            Assert.True(request.Headers.TryAddWithoutValidation("Authorization", authorization));
        }

        return await client.SendAsync(request);
    }
}
