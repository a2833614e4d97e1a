using System.Globalization;
using System.Net;
using SopPublikasi.Module.CrossPosting.Networks.Facebook;
using SopPublikasi.Module.CrossPosting.Networks.X;

namespace SopPublikasi.Module.Tests.CrossPosting.Networks;

/// <summary>The limits X and the Graph API report on their answers, read into quota readings.</summary>
public class RateHeaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void X_DailyCapsWarnTheWindowOnlyWaits()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Created);
        Add(response, "x-rate-limit-limit", "100", "x-rate-limit-remaining", "0", "x-rate-limit-reset", Unix(Now.AddMinutes(15)));
        Add(response, "x-user-limit-24hour-limit", "17", "x-user-limit-24hour-remaining", "2", "x-user-limit-24hour-reset", Unix(Now.AddHours(20)));
        Add(response, "x-app-limit-24hour-limit", "1500", "x-app-limit-24hour-remaining", "1400", "x-app-limit-24hour-reset", Unix(Now.AddHours(3)));

        var readings = XRateHeaders.Read(response);

        var user = Assert.Single(readings, r => r.Limit == "Kuota harian akun X");
        Assert.Equal((2L, 17L, Now.AddHours(20), true), (user.Remaining!.Value, user.Total!.Value, user.ResetAt, user.Warn));
        Assert.Equal(1400, Assert.Single(readings, r => r.Limit == "Kuota harian aplikasi X").Remaining);
        var window = Assert.Single(readings, r => r.Limit == "Batas 15 menit X");
        Assert.False(window.Warn);
        Assert.Equal(Now.AddMinutes(15), window.ResetAt);
    }

    [Fact]
    public void X_NoHeaders_NoReadings()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);

        Assert.Empty(XRateHeaders.Read(response));
    }

    [Fact]
    public void X_RateLimit_WaitsForTheSpentAppCapToo()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = new HttpRequestMessage(HttpMethod.Post, "https://api.x.com/2/tweets") };
        Add(response, "x-rate-limit-remaining", "5", "x-rate-limit-reset", Unix(Now.AddMinutes(15)));
        Add(response, "x-app-limit-24hour-remaining", "0", "x-app-limit-24hour-reset", Unix(Now.AddHours(9)));

        Assert.Equal(Now.AddHours(9), XErrors.ResetTime(response, Now));
    }

    [Fact]
    public void Graph_AppAndBusinessUsage_TheLargestShareWithTheRegainTime()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add("X-App-Usage", """{"call_count":28,"total_time":85.5,"total_cputime":25}""");
        response.Headers.Add("X-Business-Use-Case-Usage", """{"1029384756":[{"type":"pages","call_count":100,"total_cputime":10,"total_time":10,"estimated_time_to_regain_access":7}]}""");

        var readings = GraphUsage.Read(response, "Facebook", Now);

        var app = Assert.Single(readings, r => r.Limit == "Pemakaian API aplikasi Facebook");
        Assert.Equal(86, app.UsedPercent);
        Assert.False(app.ExactReset);
        var page = Assert.Single(readings, r => r.Limit == "Pemakaian API Facebook (pages)");
        Assert.Equal(100, page.UsedPercent);
        Assert.Equal(Now.AddMinutes(7), page.ResetAt);
        Assert.True(page.ExactReset);
    }

    [Fact]
    public void Graph_UnreadableHeader_Ignored()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.TryAddWithoutValidation("X-App-Usage", "{bukan json");

        Assert.Empty(GraphUsage.Read(response, "Facebook", Now));
    }

    private static string Unix(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static void Add(HttpResponseMessage response, params string[] pairs)
    {
        for (var i = 0; i < pairs.Length; i += 2)
        {
            response.Headers.Add(pairs[i], pairs[i + 1]);
        }
    }
}
