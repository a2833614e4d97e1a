using SopPublikasi.Module.CrossPosting.Composition;
using static SopPublikasi.Module.Tests.CrossPosting.ComposerTestData;

namespace SopPublikasi.Module.Tests.CrossPosting;

public class TelegramComposerTests
{
    // Visible: title 16 + link 45 + "#sekolah" 8 + three paragraph breaks 6 = 75; <b></b> is not counted.
    private const int TextSummaryAtLimit = 4_096 - 75;

    private const int CaptionSummaryAtLimit = 1_024 - 75;

    private readonly TelegramComposer _composer = new(new TelegramLimits());

    [Fact]
    public void Compose_SpecialCharacters_EscapedForHtml()
    {
        var draft = new PostDraft("Guru & Murid <Hebat>", "Nilai \"A\" > B", "https://contoh.sch.id/cari?q=guru&hal=2", ["sekolah"]);

        var post = _composer.Compose(draft);

        Assert.Equal(
            "<b>Guru &amp; Murid &lt;Hebat&gt;</b>\n\nNilai &quot;A&quot; &gt; B\n\nhttps://contoh.sch.id/cari?q=guru&amp;hal=2\n\n#sekolah",
            post.Text);
        Assert.Equal(TelegramHtml.VisibleLength(post.Text), post.Length);
        Assert.Equal(20 + 2 + 13 + 2 + 39 + 2 + 8, post.Length);
    }

    [Fact]
    public void Compose_TextAtLimit_Unchanged()
    {
        var post = _composer.Compose(Draft(TextSummaryAtLimit, "sekolah") with { ImageUrl = null });

        Assert.Equal((4_096, false), (post.Length, post.Shortened));
        Assert.StartsWith($"<b>{Title}</b>", post.Text, StringComparison.Ordinal);
        AssertLinkIntact(post);
    }

    [Fact]
    public void Compose_TextOneOver_SummaryCut()
    {
        var draft = Draft(TextSummaryAtLimit + 1, "sekolah") with { ImageUrl = null };

        var post = _composer.Compose(draft);

        Assert.True(post.Shortened);
        Assert.InRange(post.Length, 4_090, 4_096);
        AssertCutAtWord(post.Text, draft.Summary);
        AssertLinkIntact(post);
    }

    [Fact]
    public void Compose_EscapedSummaryAtLimit_VisibleCharactersCounted()
    {
        // Each "&" is five characters of HTML but one visible character.
        var summary = string.Join(' ', Enumerable.Repeat("a&b", 1_005)) + "xx";
        var post = _composer.Compose(new PostDraft(Title, summary, Link, ["sekolah"]));

        Assert.Equal(TextSummaryAtLimit, summary.Length);
        Assert.Equal((4_096, false), (post.Length, post.Shortened));
        Assert.True(post.Text.Length > 8_000);
    }

    [Fact]
    public void Compose_CaptionAtLimit_Unchanged()
    {
        var post = _composer.Compose(Draft(CaptionSummaryAtLimit, "sekolah"));

        Assert.Equal((1_024, false), (post.Length, post.Shortened));
    }

    [Fact]
    public void Compose_CaptionOneOver_SummaryCut()
    {
        var draft = Draft(CaptionSummaryAtLimit + 1, "sekolah");

        var post = _composer.Compose(draft);

        Assert.True(post.Shortened);
        Assert.InRange(post.Length, 1_018, 1_024);
        AssertCutAtWord(post.Text, draft.Summary);
        AssertLinkIntact(post);
    }

    [Fact]
    public void Compose_CaptionFarOver_LinkKept()
    {
        var post = _composer.Compose(Draft(30_000, "sekolah", "guru"));

        Assert.InRange(post.Length, 1_018, 1_024);
        Assert.EndsWith($"\n\n{Link}\n\n#sekolah #guru", post.Text, StringComparison.Ordinal);
    }
}
