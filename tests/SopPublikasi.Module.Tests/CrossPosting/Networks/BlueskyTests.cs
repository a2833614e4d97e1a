using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using SkiaSharp;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks.Bluesky;

namespace SopPublikasi.Module.Tests.CrossPosting.Networks;

/// <summary>Bluesky's record keys, error shapes, rate headers and thumbnail size.</summary>
public class BlueskyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0L, 0, "2222222222222")]
    [InlineData(1724171495793000L, 512, "3l25zusnsfck2")] // @atcute/tid's README: TID.create(1724171495793000, 512)
    public void Tid_EncodedAsTheSpecSays(long micros, int clockId, string expected) => Assert.Equal(expected, BlueskyRecordKey.Tid(micros, clockId));

    [Fact]
    public void RecordKey_SameRowSameKey_RowsOfOneMillisecondDiffer()
    {
        var at = new DateTimeOffset(2026, 12, 7, 2, 30, 0, 123, TimeSpan.Zero);
        var rows = Enumerable.Range(0, 200).Select(_ => new OutboxMessage { Id = Guid.NewGuid(), CreatedAt = at }).ToList();

        var keys = rows.Select(BlueskyRecordKey.For).ToList();

        Assert.Equal(keys, rows.Select(r => BlueskyRecordKey.For(new OutboxMessage { Id = r.Id, CreatedAt = r.CreatedAt })));
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(keys, k => Assert.Matches("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$", k));

        // The key's time is the row's creation, to the millisecond.
        var value = keys[0].Aggregate(0L, (v, c) => (v << 5) | (long)"234567abcdefghijklmnopqrstuvwxyz".IndexOf(c, StringComparison.Ordinal));
        Assert.Equal(at.ToUnixTimeMilliseconds(), (value >> 10) / 1000);
    }

    [Theory]
    [InlineData(429, """{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}""", FailureKind.RateLimited)]
    [InlineData(400, """{"error":"ExpiredToken","message":"Token has expired"}""", FailureKind.NeedsReauthorization)]
    [InlineData(400, """{"error":"InvalidToken","message":"Token could not be verified"}""", FailureKind.NeedsReauthorization)]
    [InlineData(401, """{"error":"AuthenticationRequired","message":"Invalid identifier or password"}""", FailureKind.NeedsReauthorization)]
    [InlineData(400, """{"error":"InvalidRequest","message":"Record already exists"}""", FailureKind.Duplicate)]
    [InlineData(400, """{"error":"InvalidRequest","message":"Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes"}""", FailureKind.Permanent)]
    [InlineData(500, """{"error":"InternalServerError","message":"Internal Server Error"}""", FailureKind.Uncertain)]
    [InlineData(502, "", FailureKind.Uncertain)]
    [InlineData(503, "", FailureKind.Transient)]
    public void Errors_ClassifiedByStatusAndName(int status, string body, FailureKind expected)
    {
        var (request, response) = Exchange(HttpMethod.Post, status);

        var failure = BlueskyErrors.Classify(request, response, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone(), Now);

        Assert.Equal(expected, failure.Kind);
        Assert.StartsWith($"Bluesky menjawab {status}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RateLimited_WaitsForRatelimitReset()
    {
        var (request, response) = Exchange(HttpMethod.Post, 429);
        response.Headers.Add("ratelimit-reset", Now.AddMinutes(7).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

        Assert.Equal(Now.AddMinutes(7), BlueskyErrors.Classify(request, response, default, Now).RetryAt);
        Assert.Equal(Now.AddMinutes(5), BlueskyErrors.Classify(request, Exchange(HttpMethod.Post, 429).Response, default, Now).RetryAt);
    }

    [Theory]
    [InlineData("5000;w=3600", "Batas tulis per jam Bluesky", true)]
    [InlineData("35000;w=86400", "Batas tulis harian Bluesky", true)]
    [InlineData("30;w=300", "Batas sesaat Bluesky", false)]
    public void RateHeaders_ReadWithTheirWindow(string policy, string limit, bool warn)
    {
        var (_, response) = Exchange(HttpMethod.Post, 200);
        response.Headers.Add("ratelimit-limit", "5000");
        response.Headers.Add("ratelimit-remaining", "4997");
        response.Headers.Add("ratelimit-reset", Now.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        response.Headers.Add("ratelimit-policy", policy);

        var reading = Assert.Single(BlueskyRateHeaders.Read(response, Now));

        Assert.Equal(("Bluesky", limit, 4997L, 5000L, Now.AddHours(1), warn), (reading.Network, reading.Limit, reading.Remaining!.Value, reading.Total!.Value, reading.ResetAt, reading.Warn));
        Assert.Empty(BlueskyRateHeaders.Read(Exchange(HttpMethod.Post, 200).Response, Now));
    }

    [Fact]
    public void Thumb_SmallCoverSentAsItIs_LargeOneReencodedUnderTheLimit()
    {
        var small = new PostImage(Guid.NewGuid(), Noise(200, 100), "image/png", "kecil.png", 200, 100);
        Assert.Same(small.Bytes, BlueskyThumb.Fit(small, 1_000_000).Bytes);

        var large = new PostImage(Guid.NewGuid(), Noise(1800, 1200), "image/png", "besar.png", 1800, 1200);
        Assert.True(large.Bytes.Length > 1_000_000, $"the test needs a cover over the limit, got {large.Bytes.Length}");

        var (bytes, contentType) = BlueskyThumb.Fit(large, 1_000_000);

        Assert.Equal("image/jpeg", contentType);
        Assert.InRange(bytes.Length, 1, 1_000_000);
        using var decoded = SKBitmap.Decode(bytes);
        Assert.Equal(1.5, (double)decoded.Width / decoded.Height, 2);
    }

    private static byte[] Noise(int width, int height)
    {
        var random = new Random(7);
        using var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            }
        }

        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static (HttpRequestMessage Request, HttpResponseMessage Response) Exchange(HttpMethod method, int status)
    {
        var request = new HttpRequestMessage(method, new Uri("https://bsky.contoh.test/xrpc/com.atproto.repo.createRecord"));
        return (request, new HttpResponseMessage((HttpStatusCode)status) { RequestMessage = request, Content = new StringContent(string.Empty, Encoding.UTF8) });
    }
}
