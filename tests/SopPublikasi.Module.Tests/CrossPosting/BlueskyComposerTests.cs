using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.CrossPosting.Networks;
using SopPublikasi.Module.CrossPosting.Networks.Bluesky;
using static SopPublikasi.Module.Tests.CrossPosting.ComposerTestData;

namespace SopPublikasi.Module.Tests.CrossPosting;

/// <summary>Bluesky counts grapheme clusters, links whole, and names links by their UTF-8 byte range.</summary>
public class BlueskyComposerTests
{
    // Title 16 + link 45 (counted whole) + "#sekolah" 8 + three paragraph breaks 6 = 75.
    private const int SummaryAtLimit = 300 - 75;

    private readonly BlueskyComposer _composer = new(new BlueskyLimits());

    [Fact]
    public void Compose_AtLimit_Unchanged()
    {
        var post = _composer.Compose(Draft(SummaryAtLimit, "sekolah"));

        Assert.Equal((300, false), (post.Length, post.Shortened));
        AssertLinkIntact(post);
    }

    [Fact]
    public void Compose_OneOver_SummaryCutAtWordLinkKept()
    {
        var draft = Draft(SummaryAtLimit + 1, "sekolah");

        var post = _composer.Compose(draft);

        Assert.True(post.Shortened);
        Assert.InRange(post.Length, 290, 300);
        AssertCutAtWord(post.Text, draft.Summary);
        AssertLinkIntact(post);
    }

    [Fact]
    public void Compose_EmojiCountOneEach_NotByUtf16Units()
    {
        // 200 family emoji: 200 graphemes but 1600 UTF-16 units; a composer counting chars would cut them all.
        var summary = string.Concat(Enumerable.Repeat("👨‍👩‍👧 ", 100)).TrimEnd() + " Warga berkumpul di balai desa.";
        var draft = new PostDraft("Gotong royong", summary, Link, []);

        var post = _composer.Compose(draft);

        Assert.False(post.Shortened, post.Text);
        Assert.Equal(BlueskyText.Graphemes(post.Text), post.Length);
        Assert.InRange(post.Length, 200, 300);
        Assert.True(post.Text.Length > 300, "the test needs more UTF-16 units than the limit");
    }

    [Theory]
    [InlineData("👨‍👩‍👧🇮🇩", 2)]
    [InlineData("Kafe\u0301", 4)]
    [InlineData("Désa Sukamaju", 13)]
    [InlineData("https://contoh.id/berita/panjang-sekali-alamatnya", 49)]
    public void Graphemes_ClustersAndWholeLinks(string text, int expected) => Assert.Equal(expected, BlueskyText.Graphemes(text));

    [Fact]
    public void Links_Utf8ByteOffsets_AfterMultiByteText()
    {
        const string link = "https://kecamatan-contoh.go.id/berita/kerja-bakti";
        var text = $"Kerja bakti di Désa Sukamaju 🇮🇩👨‍👩‍👧 — warga hadir!\n\n{link}\n\nLihat juga https://contoh.id/a.";

        var links = BlueskyText.Links(text);

        Assert.Equal(2, links.Count);
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(link, links[0].Uri);
        Assert.Equal(link, Encoding.UTF8.GetString(bytes, links[0].ByteStart, links[0].ByteEnd - links[0].ByteStart));
        Assert.Equal("https://contoh.id/a", links[1].Uri); // the full stop is text
        Assert.Equal("https://contoh.id/a", Encoding.UTF8.GetString(bytes, links[1].ByteStart, links[1].ByteEnd - links[1].ByteStart));

        // The UTF-16 index differs from the byte offset: é, the flag, the family and the dash take more bytes than chars.
        Assert.NotEqual(text.IndexOf(link, StringComparison.Ordinal), links[0].ByteStart);
        Assert.Equal(Encoding.UTF8.GetByteCount(text[..text.IndexOf(link, StringComparison.Ordinal)]), links[0].ByteStart);
    }

    [Fact]
    public void EditProblem_CountsGraphemes()
    {
        using var services = CrossPostingServices.Build();
        var networks = services.GetRequiredService<SocialNetworks>();
        var channel = CrossPostingServices.Channel(BlueskyNetwork.Name);
        var emoji = string.Concat(Enumerable.Repeat("🇮🇩", 250)); // 250 graphemes, 1000 UTF-16 units

        Assert.Null(networks.EditProblem(channel, $"{emoji} {Link}", Link, hasImage: true));
        var problem = networks.EditProblem(channel, $"{emoji} Kegiatan warga desa {Link}", Link, hasImage: true);
        Assert.Equal("Teks 316 karakter menurut hitungan Bluesky; batasnya 300.", problem);
    }

    [Fact]
    public void EditProblem_Over3000Bytes_Refused()
    {
        using var services = CrossPostingServices.Build();
        var networks = services.GetRequiredService<SocialNetworks>();
        var family = string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", 120)); // 120 graphemes of 25 bytes each

        var problem = networks.EditProblem(CrossPostingServices.Channel(BlueskyNetwork.Name), $"{family} {Link}", Link, hasImage: false);

        Assert.Contains("bita (UTF-8) melebihi batas Bluesky 3000 bita", problem, StringComparison.Ordinal);
    }
}
