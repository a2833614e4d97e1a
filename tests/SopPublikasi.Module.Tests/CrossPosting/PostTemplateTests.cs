using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.Tests.CrossPosting;

public class PostTemplateTests
{
    [Fact]
    public void Render_AllPlaceholders_Replaced()
    {
        var text = new PostTemplate("{judul} | {ringkasan} | {tautan} | {tagar} | {lain}").Render("J", "R", "https://a.id", "#t");

        Assert.Equal("J | R | https://a.id | #t | {lain}", text);
    }

    [Fact]
    public void Render_ValueContainingPlaceholder_NotReplacedAgain()
    {
        var text = PostTemplate.Plain.Render("Apa itu {tautan}?", "{judul}", "https://a.id", string.Empty);

        Assert.Equal("Apa itu {tautan}?\n\n{judul}\n\nhttps://a.id", text);
    }

    [Fact]
    public void Render_EmptySummaryAndHashtags_NoBlankParagraphs()
    {
        var text = new PostTemplate("{judul}\r\n\r\n{ringkasan}\r\n\r\n{tautan} {tagar}\r\n").Render("Judul", string.Empty, "https://a.id", string.Empty);

        Assert.Equal("Judul\n\nhttps://a.id", text);
    }

    [Fact]
    public void Render_TemplateWithoutLink_LinkAppended()
    {
        var text = new PostTemplate("{judul}").Render("Judul", "R", "https://a.id", "#t");

        Assert.Equal("Judul\n\nhttps://a.id", text);
    }

    [Fact]
    public void DefaultTemplate_Telegram_BoldTitle()
    {
        Assert.StartsWith("<b>{judul}</b>", new TelegramComposer(new TelegramLimits()).DefaultTemplate.Text, StringComparison.Ordinal);
        Assert.Equal("{judul}\n\n{ringkasan}\n\n{tautan}\n\n{tagar}", new MastodonComposer(new MastodonLimits()).DefaultTemplate.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Ctor_Blank_Throws(string text)
    {
        Assert.Throws<ArgumentException>(() => new PostTemplate(text));
    }
}
