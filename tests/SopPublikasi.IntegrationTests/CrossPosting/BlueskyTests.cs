using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Media;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// Bluesky against its fake PDS: one session serves many posts and an expired access token is refreshed, not logged
/// in again (the fake allows a single createSession); links are facets at their UTF-8 byte ranges after Indonesian
/// text and emoji; the card carries the cover, re-encoded under the blob limit when larger; a refused app password
/// pauses the channel; the admin channel form offers Bluesky and tests it.
/// </summary>
public class BlueskyTests
{
    [Fact]
    public async Task OneSessionForManyPosts_ExpiredAccessRefreshed_LinkFacetsInUtf8Bytes_CardWithCover()
    {
        await using var fake = (FakeBluesky)await Networks.StartAsync("Bluesky");
        fake.SessionLimit = 1; // a second createSession would be refused with 429
        using var f = Networks.App(fake);
        await f.SeedUsersAsync();

        var first = await Publish.ApproveAsync(f, "Gotong royong Désa Sukamaju 🇮🇩👨‍👩‍👧 bersih—bersih", Photos.Jpeg(1200, 630, gps: false), ringkasan: string.Join(' ', Enumerable.Repeat("Warga ramai-ramai hadir sejak pagi ☀️ dan membawa cangkul.", 8)));
        var sent = await Networks.RowWhenAsync(f, first, o => o.Status == OutboxStatus.Sent);
        Assert.True(sent.Status == OutboxStatus.Sent, Networks.Describe(sent, fake, f));

        fake.ExpireAccessTokens();
        var second = await Publish.ApproveAsync(f, "Posyandu lansia Désa Sukamaju 👵", Photos.Jpeg(800, 800, gps: false));
        var sentAfterExpiry = await Networks.RowWhenAsync(f, second, o => o.Status == OutboxStatus.Sent);
        Assert.True(sentAfterExpiry.Status == OutboxStatus.Sent, Networks.Describe(sentAfterExpiry, fake, f));

        Assert.Equal(2, fake.Posts.Count);
        Assert.Equal(1, fake.SessionsCreated);
        Assert.Equal(1, fake.SessionsRefreshed);

        // The record as the lexicon has it: the link a facet at its byte range, the card with the cover.
        var rkey = fake.Posts[0].Id;
        var record = fake.Records[rkey];
        Assert.Equal($"at://{FakeBluesky.Did}/app.bsky.feed.post/{rkey}", sent.RemoteId);
        Assert.Equal($"https://bsky.app/profile/{FakeBluesky.Handle}/post/{rkey}", sent.RemoteUrl);
        Assert.Equal(["id"], record.GetProperty("langs").EnumerateArray().Select(l => l.GetString()));
        var text = record.GetProperty("text").GetString()!;
        Assert.Equal(sent.Text, text);
        Assert.InRange(new System.Globalization.StringInfo(text).LengthInTextElements, 250, 300); // the summary was cut to fit
        Assert.EndsWith(sent.Link, text, StringComparison.Ordinal);
        var facet = Assert.Single(record.GetProperty("facets").EnumerateArray());
        var (start, end) = (facet.GetProperty("index").GetProperty("byteStart").GetInt32(), facet.GetProperty("index").GetProperty("byteEnd").GetInt32());
        Assert.Equal(sent.Link, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text), start, end - start));
        Assert.NotEqual(text.IndexOf(sent.Link, StringComparison.Ordinal), start); // multi-byte text before the link
        var link = Assert.Single(facet.GetProperty("features").EnumerateArray());
        Assert.Equal(("app.bsky.richtext.facet#link", sent.Link), (link.GetProperty("$type").GetString(), link.GetProperty("uri").GetString()));
        var external = record.GetProperty("embed").GetProperty("external");
        Assert.Equal("app.bsky.embed.external", record.GetProperty("embed").GetProperty("$type").GetString());
        Assert.Equal(sent.Link, external.GetProperty("uri").GetString());
        Assert.Equal(sent.Title, external.GetProperty("title").GetString());
        Assert.Equal("image/jpeg", external.GetProperty("thumb").GetProperty("mimeType").GetString());
        Assert.True(fake.Posts[0].ImageBytes > 0);
    }

    [Fact]
    public async Task CoverOverTheBlobLimit_ReencodedSmaller_ThenPosted()
    {
        await using var fake = (FakeBluesky)await Networks.StartAsync("Bluesky");
        fake.MaxThumbBytes = 20_000;
        using var f = Networks.App(fake);
        f.Settings["CrossPosting:Limits:Bluesky:MaxThumbBytes"] = "20000";
        await f.SeedUsersAsync();

        var id = await Publish.ApproveAsync(f, "Panen raya padi", NoisyJpeg(450, 350));

        var row = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent || o.Status == OutboxStatus.Failed);
        Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
        var cover = f.WithDb(db => db.Media.AsNoTracking().Single(m => m.Id == row.ImageId));
        var stored = new FileInfo(f.Services.GetRequiredService<MediaStore>().FullPath(cover.StoredPath)).Length;
        Assert.True(stored > 20_000, $"the cover must be over the limit for this test, it is {stored} bytes");
        Assert.InRange(Assert.Single(fake.Posts).ImageBytes, 1, 20_000);
    }

    [Fact]
    public async Task WrongAppPassword_ChannelPausedNothingPosted()
    {
        await using var fake = (FakeBluesky)await Networks.StartAsync("Bluesky");
        var channel = fake.Channel(Networks.Channel);
        channel[$"CrossPosting:Channels:{Networks.Channel}:AppPassword"] = "salah-salah-salah-salah";
        using var f = Networks.App(fake, channel: channel);
        await f.SeedUsersAsync();

        var id = await Publish.ApproveAsync(f, "Rapat koordinasi Bluesky");

        var paused = await Eventually.WaitAsync(() => f.WithDb(db => db.SocialChannels.AsNoTracking().FirstOrDefault(c => c.Name == Networks.Channel)), c => c?.Paused == true, TimeSpan.FromSeconds(30));
        Assert.True(paused?.Paused == true, Networks.Describe(Networks.Row(f, id), fake, f));
        Assert.Contains("app password Bluesky", paused!.PausedReason, StringComparison.Ordinal);
        Assert.Empty(fake.PostAttempts);
        Assert.NotEqual(OutboxStatus.Failed, Networks.Row(f, id).Status);
    }

    [Fact]
    public async Task AdminChannelForm_OffersBluesky_SavesAndTestsTheHandle()
    {
        await using var fake = (FakeBluesky)await Networks.StartAsync("Bluesky");
        using var f = new SopAppFactory();
        await f.SeedUsersAsync();
        var admin = await Browser.SignInAsync(f, "admin");

        var form = await admin.GetAsync("/admin/media-sosial/saluran");
        Assert.Equal("Bluesky", form.Document.QuerySelector("select[name='Input.Jenis'] option[value='Bluesky']")?.TextContent);
        Assert.Equal("text", form.Document.QuerySelector("input[name='Input.Kredensial[Handle]']")?.GetAttribute("type"));
        Assert.Equal("password", form.Document.QuerySelector("input[name='Input.Kredensial[AppPassword]']")?.GetAttribute("type"));
        Assert.Contains("App passwords", form.Document.QuerySelector("[data-kredensial='AppPassword'] label")?.TextContent, StringComparison.Ordinal);

        var refused = await admin.SubmitFormAsync(form, "form[data-aksi='simpan']", new() { ["Input.Nama"] = "bsky", ["Input.Jenis"] = "Bluesky", ["Input.Kredensial[Handle]"] = FakeBluesky.Handle });
        Assert.Contains("Bluesky memerlukan Handle dan AppPassword.", refused.Errors(), StringComparison.Ordinal);

        var saved = await admin.SubmitAsync("/admin/media-sosial/saluran", "form[data-aksi='simpan']", new()
        {
            ["Input.Nama"] = "bsky",
            ["Input.Jenis"] = "Bluesky",
            ["Input.BaseUrl"] = fake.BaseUrl,
            ["Input.Kredensial[Handle]"] = FakeBluesky.Handle,
            ["Input.Kredensial[AppPassword]"] = FakeBluesky.AppPassword,
        });
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.DoesNotContain(FakeBluesky.AppPassword, saved.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var tested = await admin.SubmitFormAsync(saved, "tr[data-saluran='bsky'] form[data-aksi='tes']", []);
        Assert.Contains($"berhasil: @{FakeBluesky.Handle}", tested.Document.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(fake.Posts);
    }

    /// <summary>A JPEG of random pixels: it does not compress, so it stays large however it is re-encoded.</summary>
    private static byte[] NoisyJpeg(int width, int height)
    {
        var random = new Random(11);
        using var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            }
        }

        using var jpeg = bitmap.Encode(SKEncodedImageFormat.Jpeg, 95);
        return jpeg.ToArray();
    }
}
