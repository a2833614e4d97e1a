using SopPublikasi.Module.CrossPosting.Composition;
using static SopPublikasi.Module.Tests.CrossPosting.ComposerTestData;

namespace SopPublikasi.Module.Tests.CrossPosting;

public class MastodonComposerTests
{
    // Title 16 + link 23 (reserved per URL) + "#sekolah" 8 + three paragraph breaks 6 = 53.
    private const int SummaryAtLimit = 500 - 53;

    private readonly MastodonComposer _composer = new(new MastodonLimits());

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
    public void Compose_InstanceLimits_Used()
    {
        var composer = new MastodonComposer(new MastodonLimits { MaxCharacters = 1_000, CharactersReservedPerUrl = 10 });

        var atLimit = composer.Compose(Draft(1_000 - 40, "sekolah"));
        var oneOver = composer.Compose(Draft(1_000 - 40 + 1, "sekolah"));

        Assert.Equal((1_000, false), (atLimit.Length, atLimit.Shortened));
        Assert.True(oneOver.Shortened);
        Assert.InRange(oneOver.Length, 994, 1_000);
    }

    [Theory]
    [InlineData("👨‍👩‍👧🇮🇩", 2)]
    [InlineData("Kafe\u0301", 4)]
    [InlineData("日本語", 3)]
    [InlineData("baca https://contoh.sch.id/berita/yang-sangat-panjang-sekali-ya.", 5 + 23 + 1)]
    public void Count_GraphemeClustersAndReservedUrls(string text, int expected)
    {
        Assert.Equal(expected, MastodonTextLength.Count(text, 23));
    }
}
