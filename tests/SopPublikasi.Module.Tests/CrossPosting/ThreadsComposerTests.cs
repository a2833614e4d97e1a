using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks;
using SopPublikasi.Module.CrossPosting.Networks.Threads;
using static SopPublikasi.Module.Tests.CrossPosting.ComposerTestData;

namespace SopPublikasi.Module.Tests.CrossPosting;

/// <summary>
/// Threads: 500 characters with an emoji weighing its UTF-8 bytes and a link its own characters; the edit rules count
/// the same way; Threads' "Media Not Found" on publish is retried, its other errors are the Graph API's.
/// </summary>
public class ThreadsComposerTests
{
    // Title 16 + link 45 (no reserved length: its own characters) + "#sekolah" 8 + three paragraph breaks 6 = 75.
    private const int SummaryAtLimit = 500 - 75;

    private readonly ThreadsComposer _composer = new(new ThreadsLimits());

    [Fact]
    public void Compose_AtLimit_Unchanged()
    {
        var post = _composer.Compose(Draft(SummaryAtLimit, "sekolah"));

        Assert.Equal((500, false), (post.Length, post.Shortened));
        AssertLinkIntact(post);
    }

    [Fact]
    public void Compose_OneOver_SummaryCut()
    {
        var draft = Draft(SummaryAtLimit + 1, "sekolah");

        var post = _composer.Compose(draft);

        Assert.True(post.Shortened);
        Assert.InRange(post.Length, 490, 500);
        AssertCutAtWord(post.Text, draft.Summary);
        AssertLinkIntact(post);
    }

    [Fact]
    public void Compose_FarOver_LinkAndHashtagKept()
    {
        var post = _composer.Compose(Draft(10_000, "sekolah"));

        Assert.InRange(post.Length, 490, 500);
        Assert.EndsWith($"…\n\n{Link}\n\n#sekolah", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_EmojiWeighTheirBytes_ShortenedAlthoughFewerThan500CodeUnits()
    {
        // 100 emoji between spaces: 299 UTF-16 code units, 499 by Threads' count. With title, link, tag and breaks:
        // 374 code units, 576 by Threads' count.
        var draft = new Module.CrossPosting.Composition.PostDraft(Title, string.Join(' ', Enumerable.Repeat("🎉", 100)), Link, ["sekolah"], null, null);

        var post = _composer.Compose(draft);

        Assert.True(post.Text.Length < 500, "the text would have fitted in code units");
        Assert.True(post.Shortened);
        Assert.InRange(post.Length, 490, 500);
        Assert.Equal(ThreadsTextLength.Count(post.Text), post.Length);
        AssertLinkIntact(post);
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("😀", 4)]
    [InlineData("☀️", 6)]
    [InlineData("👨‍👩‍👧", 18)]
    [InlineData("🇮🇩", 8)]
    [InlineData("Kafe\u0301", 5)]
    [InlineData("© 2026", 6)]
    [InlineData("https://contoh.go.id/berita/sebuah-judul-yang-panjang", 53)]
    public void Count_EmojiAsUtf8Bytes_UrlAsItsCharacters(string text, int expected) =>
        Assert.Equal(expected, ThreadsTextLength.Count(text));

    [Fact]
    public void EditProblem_CountsEmojiBytes()
    {
        const string link = "https://contoh.go.id/berita/a";
        using var services = CrossPostingServices.Build();
        var networks = services.GetRequiredService<SocialNetworks>();
        var channel = CrossPostingServices.Channel(ThreadsNetwork.Name);

        // 120 emoji: 240 code units, 480 by Threads' count, + " " + 29 = 510.
        var refused = networks.EditProblem(channel, string.Concat(Enumerable.Repeat("😀", 120)) + " " + link, link, false);
        var fits = networks.EditProblem(channel, string.Concat(Enumerable.Repeat("😀", 117)) + " " + link, link, true);

        Assert.Equal("Teks 510 karakter menurut hitungan Threads; batasnya 500.", refused);
        Assert.Null(fits);
    }

    [Fact]
    public void Network_OfferedWithUserIdAndSecretToken()
    {
        using var services = CrossPostingServices.Build();
        var threads = services.GetRequiredService<SocialNetworks>().Find("threads");

        Assert.NotNull(threads);
        Assert.Equal("Threads", threads.Label);
        Assert.True(threads.OfferedToAdministrators);
        Assert.Equal([("UserId", false), ("AccessToken", true)], threads.CredentialFields.Select(f => (f.Key, f.Secret)));
        Assert.Equal("Threads memerlukan UserId (ID pengguna Threads) dan AccessToken.", threads.Missing(new Dictionary<string, string> { ["AccessToken"] = "t" }, null));
        Assert.Null(threads.Missing(new Dictionary<string, string> { ["UserId"] = "1", ["AccessToken"] = "t" }, null));
    }

    [Theory]
    [InlineData(24, 4279009, "POST", FailureKind.Transient)]
    [InlineData(190, 463, "POST", FailureKind.NeedsReauthorization)]
    [InlineData(10, null, "POST", FailureKind.NeedsReauthorization)]
    [InlineData(4, null, "POST", FailureKind.RateLimited)]
    [InlineData(100, null, "POST", FailureKind.Permanent)]
    [InlineData(2, null, "POST", FailureKind.Uncertain)]
    [InlineData(2, null, "GET", FailureKind.Transient)]
    public void Errors_ClassifiedByGraphCode(int code, int? subcode, string method, FailureKind expected)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri("https://graph.threads.net/v1.0/1/threads_publish"));
        using var response = new HttpResponseMessage(HttpStatusCode.BadRequest) { RequestMessage = request, Content = new StringContent(string.Empty, Encoding.UTF8) };
        var body = JsonDocument.Parse(JsonSerializer.Serialize(new { error = new { message = "pesan jaringan", type = "OAuthException", code, error_subcode = subcode } })).RootElement.Clone();

        var failure = ThreadsCall.Classify(request, response, body, new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));

        Assert.Equal(expected, failure.Kind);
        Assert.Contains("pesan jaringan", failure.Message, StringComparison.Ordinal);
        request.Dispose();
    }

    [Theory]
    [InlineData("Rapat\n\nhttps://contoh.go.id/berita/rapat", true)]
    [InlineData("https://contoh.go.id/berita/rapat #desa", true)]
    [InlineData("Rapat desa https://contoh.go.id/berita/rapat-desa", false)]
    [InlineData("Lihat xhttps://contoh.go.id/berita/rapat", false)]
    [InlineData(null, false)]
    public void HasLink_WholeWordOnly(string? text, bool expected) =>
        Assert.Equal(expected, ThreadsClient.HasLink(text, "https://contoh.go.id/berita/rapat"));
}
