using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.CrossPosting;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// Threads beyond the shared delivery tests: the admin channel form offers it from its descriptor, and a post whose
/// emoji make it longer by Threads' count than by its characters is shortened before its fake (which refuses text
/// over 500 counted Threads' way) sees it.
/// </summary>
public class ThreadsTests
{
    [Fact]
    public async Task ChannelForm_OffersThreads_WithItsFields_AndTestsTheConfiguredChannel()
    {
        await using var fake = await Networks.StartAsync("Threads");
        using var f = Networks.App(fake);
        await f.SeedUsersAsync();
        var admin = await Browser.SignInAsync(f, "admin");

        var form = await admin.GetAsync("/admin/media-sosial/saluran");
        Assert.Equal("Threads", form.Document.QuerySelector("select[name='Input.Jenis'] option[value='Threads']")?.TextContent);
        Assert.Contains("ID pengguna Threads", form.Document.QuerySelector("[data-kredensial='UserId'] label")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("text", form.Document.QuerySelector("input[name='Input.Kredensial[UserId]']")?.GetAttribute("type"));
        Assert.Equal("password", form.Document.QuerySelector("input[name='Input.Kredensial[AccessToken]']")?.GetAttribute("type"));
        Assert.Contains("(Threads, konfigurasi)", form.Document.QuerySelector($"tr[data-saluran='{Networks.Channel}']")?.TextContent, StringComparison.Ordinal);

        var refused = await admin.SubmitFormAsync(form, "form[data-aksi='simpan']", new() { ["Input.Nama"] = "threads-kec", ["Input.Jenis"] = "Threads", ["Input.Kredensial[AccessToken]"] = "t" });
        Assert.Contains("Threads memerlukan UserId (ID pengguna Threads) dan AccessToken.", refused.Errors(), StringComparison.Ordinal);

        var tested = await admin.SubmitFormAsync(form, $"tr[data-saluran='{Networks.Channel}'] form[data-aksi='tes']", []);
        Assert.Contains("berhasil: @kecamatan.contoh", tested.Document.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmojiSummary_ShortenedByThreadsCount_AcceptedBy500Limit()
    {
        await using var fake = await Networks.StartAsync("Threads");
        var threads = (FakeThreads)fake;
        using var f = Networks.App(fake);
        await f.SeedUsersAsync();

        // 110 emoji between spaces: 329 UTF-16 code units, 549 by Threads' count. The whole post stays under 500
        // code units, so a composer counting characters would not shorten it, and Threads would refuse it.
        var summary = string.Join(' ', Enumerable.Repeat("🎉", 110));
        var id = await Publish.ApproveAsync(f, "Pesta rakyat Threads", ringkasan: summary);

        var row = await Networks.RowWhenAsync(f, id, o => o.Status is OutboxStatus.Sent or OutboxStatus.Failed);
        Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
        Assert.True(row.Text.Length < 500);
        Assert.InRange(FakeThreads.Count(row.Text), 480, 500);
        Assert.Equal(0, threads.RefusedTooLong);
        var post = Assert.Single(fake.Posts);
        Assert.Equal(row.Text, post.Text);
        Assert.Contains(row.Link, post.Text, StringComparison.Ordinal);
    }
}
