using SopPublikasi.Module.CrossPosting.Composition;
using static SopPublikasi.Module.Tests.CrossPosting.ComposerTestData;

namespace SopPublikasi.Module.Tests.CrossPosting;

public class XComposerTests
{
    // Title 16 + link 23 (t.co) + "#sekolah" 8 + three paragraph breaks 6 = 53, leaving 227 for the summary.
    private const int SummaryAtLimit = 227;

    private readonly XComposer _composer = new(new XLimits());

    [Fact]
    public void Compose_AtLimit_Unchanged()
    {
        var draft = Draft(SummaryAtLimit, "sekolah");

        var post = _composer.Compose(draft);

        Assert.Equal((280, false), (post.Length, post.Shortened));
        Assert.Equal($"{Title}\n\n{draft.Summary}\n\n{Link}\n\n#sekolah", post.Text);
    }

    [Fact]
    public void Compose_OneOver_SummaryCutAtWordWithEllipsis()
    {
        var draft = Draft(SummaryAtLimit + 1, "sekolah");

        var post = _composer.Compose(draft);

        Assert.True(post.Shortened);
        Assert.InRange(post.Length, 270, 280);
        Assert.Equal(post.Length, XTextLength.Count(post.Text));
        Assert.StartsWith(Title + "\n\n", post.Text, StringComparison.Ordinal);
        Assert.EndsWith($"…\n\n{Link}\n\n#sekolah", post.Text, StringComparison.Ordinal);
        AssertCutAtWord(post.Text, draft.Summary);
        AssertLinkIntact(post);
    }

    [Fact]
    public void Compose_FarOver_TitleLinkAndHashtagsKept()
    {
        var draft = Draft(20_000, "sekolah", "guru");

        var post = _composer.Compose(draft);

        Assert.True(post.Shortened);
        Assert.InRange(post.Length, 270, 280);
        Assert.EndsWith($"…\n\n{Link}\n\n#sekolah #guru", post.Text, StringComparison.Ordinal);
        AssertCutAtWord(post.Text, draft.Summary);
        AssertLinkIntact(post);
    }

    [Fact]
    public void Compose_NoRoomForSummary_HashtagsDroppedWholeFromTheEnd()
    {
        var title = Filler(240);
        var draft = new PostDraft(title, "Ringkasan singkat.", Link, ["satu", "dua", "tiga", "empat"]);

        var post = _composer.Compose(draft);

        Assert.Equal($"{title}\n\n{Link}\n\n#satu #dua", post.Text);
        Assert.Equal((true, 277), (post.Shortened, post.Length));
    }

    [Fact]
    public void Compose_TitleFarOver_TitleCutAndLinkKept()
    {
        var draft = new PostDraft(Filler(1_000), Filler(1_000), Link + "/" + new string('x', 300), ["sekolah"]);

        var post = _composer.Compose(draft);

        Assert.True(post.Shortened);
        Assert.InRange(post.Length, 270, 280);
        Assert.DoesNotContain("#sekolah", post.Text, StringComparison.Ordinal);
        AssertCutAtWord(post.Text, draft.Title);
        AssertLinkIntact(post, draft.Link);
    }

    [Fact]
    public void Compose_SummaryWithoutSpaces_CutBetweenCharacters()
    {
        var draft = new PostDraft("日本", string.Concat(Enumerable.Repeat("日本語", 100)), Link, []);

        var post = _composer.Compose(draft);

        Assert.True(post.Shortened);
        Assert.InRange(post.Length, 278, 280);
        AssertLinkIntact(post);
    }

    [Fact]
    public void Compose_EmojiSummaryWithoutSpaces_CutBetweenWholeClusters()
    {
        const string Family = "👨‍👩‍👧";
        var draft = new PostDraft("Selamat", string.Concat(Enumerable.Repeat(Family, 200)), Link, []);

        var post = _composer.Compose(draft);

        // "Selamat" 7 + 4 line breaks + link 23 + "…" 2 leaves 244: 122 families of weight 2.
        Assert.Equal($"Selamat\n\n{string.Concat(Enumerable.Repeat(Family, 122))}…\n\n{Link}", post.Text);
        Assert.Equal(280, post.Length);
    }

    [Fact]
    public void Compose_TemplateAloneTooLong_Failed()
    {
        var post = _composer.Compose(Draft(10), new PostTemplate(new string('x', 300) + " {tautan}"));

        Assert.False(post.Succeeded);
        Assert.Contains("280", post.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_CustomLimits_Used()
    {
        var composer = new XComposer(new XLimits { MaxWeightedLength = 100, UrlLength = 10 });

        var post = composer.Compose(Draft(500));

        Assert.InRange(post.Length, 95, 100);
        Assert.Equal(post.Length, XTextLength.Count(post.Text, 10));
    }
}
