using SopPublikasi.Module.CrossPosting.Composition;
using static SopPublikasi.Module.Tests.CrossPosting.ComposerTestData;

namespace SopPublikasi.Module.Tests.CrossPosting;

public class InstagramComposerTests
{
    private const int SummaryAtLimit = 2_200 - 75;

    private readonly InstagramComposer _composer = new(new InstagramLimits());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Compose_NoImage_FailedInIndonesian(string? imageUrl)
    {
        var post = _composer.Compose(Draft(100) with { ImageUrl = imageUrl });

        Assert.False(post.Succeeded);
        Assert.Equal("Instagram memerlukan gambar.", post.Error);
    }

    [Fact]
    public void Compose_AtLimit_Unchanged()
    {
        var post = _composer.Compose(Draft(SummaryAtLimit, "sekolah"));

        Assert.Equal((2_200, false), (post.Length, post.Shortened));
        AssertLinkIntact(post);
    }

    [Fact]
    public void Compose_OneOver_SummaryCut()
    {
        var draft = Draft(SummaryAtLimit + 1, "sekolah");

        var post = _composer.Compose(draft);

        Assert.True(post.Shortened);
        Assert.InRange(post.Length, 2_194, 2_200);
        Assert.EndsWith($"…\n\n{Link}\n\n#sekolah", post.Text, StringComparison.Ordinal);
        AssertCutAtWord(post.Text, draft.Summary);
    }

    [Fact]
    public void Compose_FarOver_SummaryCutLinkKept()
    {
        var draft = Draft(50_000, "sekolah");

        var post = _composer.Compose(draft);

        Assert.InRange(post.Length, 2_194, 2_200);
        AssertLinkIntact(post);
    }

    [Fact]
    public void Compose_MoreThan5Hashtags_First5Kept()
    {
        // Instagram takes 5 hashtags since December 2025 (it was 30): a sixth makes the network refuse the caption.
        var tags = Enumerable.Range(1, 8).Select(i => $"tagar{i}").ToArray();

        var post = _composer.Compose(Draft(100, tags));

        Assert.True(post.Shortened);
        Assert.Equal(5, Hashtags.CountIn(post.Text));
        Assert.EndsWith("#tagar4 #tagar5", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_HashtagsInSummary_CountTowardsTheCap()
    {
        var summary = string.Join(' ', Enumerable.Range(1, 3).Select(i => $"#isi{i}"));
        var tags = Enumerable.Range(1, 30).Select(i => $"tagar{i}").ToList();

        var post = _composer.Compose(new PostDraft(Title, summary, Link, tags, ImageUrl));

        Assert.Equal(5, Hashtags.CountIn(post.Text));
        Assert.EndsWith("#tagar1 #tagar2", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_TooManyHashtagsInTheArticleItself_Failed()
    {
        var summary = string.Join(' ', Enumerable.Range(1, 6).Select(i => $"#isi{i}"));

        var post = _composer.Compose(new PostDraft(Title, summary, Link, [], ImageUrl));

        Assert.False(post.Succeeded);
        Assert.Contains("5 tagar", post.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ThirtyHashtagsConfigured_StillHonoured()
    {
        var composer = new InstagramComposer(new InstagramLimits { MaxHashtags = 30 });
        var tags = Enumerable.Range(1, 35).Select(i => $"tagar{i}").ToArray();

        var post = composer.Compose(Draft(100, tags));

        Assert.Equal(30, Hashtags.CountIn(post.Text));
    }
}
