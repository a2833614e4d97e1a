using SopPublikasi.Module.CrossPosting.Composition;
using static SopPublikasi.Module.Tests.CrossPosting.ComposerTestData;

namespace SopPublikasi.Module.Tests.CrossPosting;

public class FacebookComposerTests
{
    // Title 16 + link 45 + "#sekolah" 8 + three paragraph breaks 6 = 75: the link counts its real length here.
    private const int SummaryAtLimit = 63_206 - 75;

    private readonly FacebookComposer _composer = new(new FacebookLimits());

    [Fact]
    public void Compose_AtLimit_Unchanged()
    {
        var draft = Draft(SummaryAtLimit, "sekolah");

        var post = _composer.Compose(draft);

        Assert.Equal((63_206, false), (post.Length, post.Shortened));
        Assert.Contains(draft.Summary, post.Text, StringComparison.Ordinal);
        AssertLinkIntact(post);
    }

    [Fact]
    public void Compose_OneOver_SummaryCut()
    {
        var draft = Draft(SummaryAtLimit + 1, "sekolah");

        var post = _composer.Compose(draft);

        Assert.True(post.Shortened);
        Assert.InRange(post.Length, 63_200, 63_206);
        Assert.EndsWith($"…\n\n{Link}\n\n#sekolah", post.Text, StringComparison.Ordinal);
        AssertCutAtWord(post.Text, draft.Summary);
    }

    [Fact]
    public void Compose_FarOver_SummaryCutLinkKept()
    {
        var draft = Draft(500_000, "sekolah");

        var post = _composer.Compose(draft);

        Assert.True(post.Shortened);
        Assert.InRange(post.Length, 63_200, 63_206);
        AssertCutAtWord(post.Text, draft.Summary);
        AssertLinkIntact(post);
    }

    [Fact]
    public void Compose_ShortArticle_TitleSummaryLinkHashtags()
    {
        var post = _composer.Compose(new PostDraft(" Rapat  Dinas\nGuru ", "Ringkasan.\r\nBaris kedua.", Link, ["#Sekolah", "hari guru"]));

        Assert.Equal($"Rapat Dinas Guru\n\nRingkasan.\nBaris kedua.\n\n{Link}\n\n#Sekolah #hariguru", post.Text);
    }
}
