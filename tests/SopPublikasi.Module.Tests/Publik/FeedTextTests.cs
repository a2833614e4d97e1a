using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Tests.Publik;

/// <summary>
/// Issue 21, finding 11 (first half): an RSS title that reads "&lt;b&gt;" or "A &amp; B" is written as the RSS
/// Advisory Board's profile asks for plain text (hexadecimal character references), so that readers which decode a
/// title once more still show what the editor typed; an XML reader gets the same text back.
/// </summary>
public sealed class FeedTextTests
{
    private const string Title = "Rapat <b>RT 05</b> & \"Karang Taruna\" > 20 orang";

    [Fact]
    public void RssTitleAndCategory_MarkupCharacters_AsHexadecimalReferences_ReadBackExactly()
    {
        var rss = FeedEndpoints.PlainTextAsCharacterReferences(Rss(Title, "Berita & <Kegiatan>", "<p>Ringkasan &amp; isi.</p>"));

        Assert.Contains("<title>Rapat &#x3C;b&#x3E;RT 05&#x3C;/b&#x3E; &#x26; \"Karang Taruna\" &#x3E; 20 orang</title>", rss, StringComparison.Ordinal);
        Assert.Contains("<category>Berita &#x26; &#x3C;Kegiatan&#x3E;</category>", rss, StringComparison.Ordinal);
        Assert.Contains("<description>&lt;p&gt;Ringkasan &amp;amp; isi.&lt;/p&gt;</description>", rss, StringComparison.Ordinal); // HTML on purpose: untouched

        using var reader = XmlReader.Create(new StringReader(rss));
        var item = SyndicationFeed.Load(reader).Items.Single();
        Assert.Equal(Title, item.Title.Text);
        Assert.Equal("Berita & <Kegiatan>", item.Categories.Single().Name);
    }

    [Fact]
    public void PlainTitle_Unchanged()
    {
        var rss = Rss("Kerja Bakti Bersama", "Berita", "Ringkasan.");

        Assert.Equal(rss, FeedEndpoints.PlainTextAsCharacterReferences(rss));
    }

    private static string Rss(string title, string category, string description)
    {
        var item = new SyndicationItem(title, null, new Uri("https://contoh.go.id/berita/a")) { Summary = new TextSyndicationContent(description) };
        item.Categories.Add(new SyndicationCategory(category));
        var feed = new SyndicationFeed("Kecamatan Contoh", "Berita", new Uri("https://contoh.go.id/")) { Items = [item] };
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output))
        {
            new Rss20FeedFormatter(feed).WriteTo(writer);
        }

        return output.ToString();
    }
}
