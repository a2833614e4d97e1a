using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.CrossPosting;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// X's chunked v2 media upload against the fake, which refuses segments out of order, a finalize whose bytes do not
/// add up, and a post naming media that is not finalized and processed.
/// </summary>
public class XMediaUploadTests
{
    private const int Segment = 4096;

    [Fact]
    public async Task PhotoBiggerThanOneSegment_OrderedSegmentsFinalizedProcessed_PostNamesThatMedia()
    {
        await using var fake = (FakeX)await Networks.StartAsync("X");
        using var f = App(fake);
        await f.SeedUsersAsync();

        var id = await Publish.ApproveAsync(f, "Musrenbang kecamatan", Photos.Jpeg(1200, 800, gps: false));

        var row = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent);
        Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
        var post = Assert.Single(fake.Posts);
        var mediaId = Assert.Single(fake.PostMedia[post.Id]);
        var upload = Assert.Single(fake.Media.Uploads.Values);
        Assert.Equal(upload.Id, mediaId);
        Assert.True(upload.Chunked, "uploaded in one request");
        Assert.Equal("succeeded", upload.State);
        Assert.True(upload.StatusReads >= 2, "the status was not read until processing succeeded");

        var sent = await Api.Anonymous(f).GetByteArrayAsync(new Uri($"/media/{row.ImageId}", UriKind.Relative));
        var expected = (sent.Length + Segment - 1) / Segment;
        Assert.True(expected >= 2, $"the photo ({sent.Length} bytes) fits one segment");
        Assert.Equal(Enumerable.Range(0, expected), upload.Segments.Select(s => s.Index));
        Assert.All(upload.Segments.SkipLast(1), s => Assert.Equal(Segment, s.Bytes.Length));
        Assert.Equal(sent, upload.Segments.SelectMany(s => s.Bytes).ToArray());
        Assert.Equal(sent.Length, upload.TotalBytes);
        Assert.Equal(sent.Length, post.ImageBytes);
    }

    [Fact]
    public async Task PhotoWithinOneSegment_OneRequest()
    {
        await using var fake = (FakeX)await Networks.StartAsync("X");
        using var f = App(fake);
        f.Settings["CrossPosting:XMediaSegmentBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await f.SeedUsersAsync();

        var id = await Publish.ApproveAsync(f, "Gotong royong desa", Photos.Jpeg(1200, 800, gps: false));

        var row = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent);
        Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
        var upload = Assert.Single(fake.Media.Uploads.Values);
        Assert.False(upload.Chunked);
        Assert.Equal(upload.Id, Assert.Single(fake.PostMedia[Assert.Single(fake.Posts).Id]));
    }

    [Fact]
    public async Task ProcessingFailed_RowFailedWithXsMessage_NothingPosted()
    {
        await using var fake = (FakeX)await Networks.StartAsync("X");
        fake.Media.FailProcessing = true;
        using var f = App(fake);
        await f.SeedUsersAsync();

        var id = await Publish.ApproveAsync(f, "Lomba desa sehat", Photos.Jpeg(1200, 800, gps: false));

        var row = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Failed);
        Assert.True(row.Status == OutboxStatus.Failed, Networks.Describe(row, fake, f));
        Assert.Contains("X gagal memproses gambar: Unsupported image format", row.LastError, StringComparison.Ordinal);
        Assert.Empty(fake.PostAttempts);
        Assert.Equal(1, row.Attempts);
    }

    private static SopAppFactory App(FakeX fake)
    {
        var f = Networks.App(fake);
        f.Settings["CrossPosting:XMediaSegmentBytes"] = Segment.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return f;
    }
}
