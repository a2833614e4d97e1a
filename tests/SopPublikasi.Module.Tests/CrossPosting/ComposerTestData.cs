using System.Text.RegularExpressions;
using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.Tests.CrossPosting;

/// <summary>Drafts of exact sizes, and the checks every composer must pass whatever it shortened.</summary>
internal static class ComposerTestData
{
    public const string Title = "Rapat Dinas Guru";

    public const string Link = "https://contoh.sch.id/berita/rapat-dinas-guru";

    public const string ImageUrl = "https://contoh.sch.id/media/sampul.jpg";

    /// <summary>Words "kata" separated by single spaces, exactly <paramref name="length"/> characters long.</summary>
    public static string Filler(int length)
    {
        var words = (length + 1) / 5;
        var extra = length - ((5 * words) - 1);
        return string.Join(' ', Enumerable.Repeat("kata", words)) + new string('a', extra);
    }

    public static PostDraft Draft(int summaryLength, params string[] hashtags) =>
        new(Title, Filler(summaryLength), Link, hashtags, ImageUrl, "Para guru di ruang rapat");

    /// <summary>The link is there, whole, as a word of its own.</summary>
    public static void AssertLinkIntact(ComposedPost post, string link = Link)
    {
        Assert.True(post.Succeeded, post.Error);
        Assert.Matches($@"(^|\s|>){Regex.Escape(link)}(\s|<|$)", post.Text);
    }

    /// <summary>Any cut summary is a word-boundary prefix of the original, ended with an ellipsis.</summary>
    public static void AssertCutAtWord(string text, string original)
    {
        var cut = Regex.Match(text, @"(\S[^\n]*)…").Groups[1].Value;
        Assert.StartsWith(cut, original, StringComparison.Ordinal);
        Assert.True(original.Length == cut.Length || char.IsWhiteSpace(original[cut.Length]), $"\"{cut}\" is not cut at a word boundary.");
    }
}
