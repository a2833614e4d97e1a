using System.Net;
using Microsoft.Data.Sqlite;
using SopPublikasi.Module.Search;

namespace SopPublikasi.Module.Tests.Search;

/// <summary>
/// Excerpts are made outside FTS5, so they must mark the words FTS5 matched: the same tokens, folded the same way
/// (case, diacritics, prefixes). Checked against FTS5's own highlight() on texts short enough to fit one window.
/// </summary>
public sealed class SearchExcerptTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SearchExcerptTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8 9 10')";
        create.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    [Theory]
    [InlineData("Gamelan dan Gambyong di Balai Desa", "gam")]
    [InlineData("Posyandu balita: posyandu-lansia, POSYANDU remaja", "posyandu")]
    [InlineData("Kafe \"Café Gamélan\" buka 24 jam", "cafe gamelan")]
    [InlineData("Festival kopi & teh <b>lokal</b> di Tawangmangu", "kopi lokal")]
    [InlineData("Jalan desa RT.03/RW.05 diperbaiki 2026; warga's gotong-royong", "rt 03 warga gotong")]
    [InlineData("Naïve rôle déjà vu — “kutipan” ‘tunggal’ …", "naive role deja kutipan")]
    [InlineData("Ruas jalan Ngargoyoso–Tawangmangu, km 12½ dan ² lagi", "ngargoyoso tawangmangu 12")]
    [InlineData("Москва и Київ: новини дня", "новини київ")]
    [InlineData("Lomba 17-an di lapangan 1.000 peserta", "17 000 peserta")]
    public void MarksTheWordsFts5Marks(string text, string query)
    {
        var words = SearchWords.Of(query);

        Assert.Equal(Fts5Highlight(text, words), SearchExcerpt.Html(words, [text]));
    }

    [Fact]
    public void WordOnlyInTheBody_ExcerptOfTheBody_WithEllipses()
    {
        var body = string.Join(' ', Enumerable.Range(1, 60).Select(i => $"kata{i}")) + " irigasi sawah " + string.Join(' ', Enumerable.Range(61, 60).Select(i => $"kata{i}"));

        var html = SearchExcerpt.Html(SearchWords.Of("irigasi"), [body, "Ringkasan singkat", "Judul berita"]);

        Assert.Equal("…kata58 kata59 kata60 <mark>irigasi</mark> sawah kata61 kata62 kata63 kata64 kata65 kata66 kata67 kata68 kata69 kata70 kata71 kata72 kata73 kata74 kata75 kata76 kata77 kata78 kata79…", html);
    }

    [Fact]
    public void SentenceStartingShortlyBefore_WindowStartsThere()
    {
        var body = "Awal teks panjang sekali di sini. Warga desa bergotong royong membersihkan saluran irigasi sawah bersama perangkat desa dan relawan dari kecamatan sejak pagi hari hingga siang. Kegiatan ditutup dengan makan bersama di balai desa.";

        var html = SearchExcerpt.Html(SearchWords.Of("irigasi"), [body]);

        Assert.StartsWith("…Warga desa bergotong royong membersihkan saluran <mark>irigasi</mark> sawah", html, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreDistinctWords_WinOverMoreMatchesOfOne()
    {
        var filler = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"isi{i}"));
        var body = $"pasar pasar pasar {filler} pasar desa {filler}";

        var html = SearchExcerpt.Html(SearchWords.Of("pasar desa"), [body]);

        Assert.Contains("<mark>pasar</mark> <mark>desa</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TitleWithAllWords_BeatsBodyWithOne()
    {
        var html = SearchExcerpt.Html(SearchWords.Of("kerja bakti"), ["Warga kerja di sawah", "Ringkasan", "Kerja Bakti Bersama"]);

        Assert.Equal("<mark>Kerja</mark> <mark>Bakti</mark> Bersama", html);
    }

    [Fact]
    public void BodyWithTheWords_PreferredToATitleWithMoreMatches()
    {
        // The card shows the title above the excerpt: the body's context says more.
        var html = SearchExcerpt.Html(SearchWords.Of("gamelan"), ["Latihan rutin gamelan di pendapa kecamatan", "Ringkasan", "Gamelan, gamelan dan gamelan"]);

        Assert.Equal("Latihan rutin <mark>gamelan</mark> di pendapa kecamatan", html);
    }

    [Fact]
    public void CommonWordInALongText_FirstMatchesOnly_TextGoesOn()
    {
        var body = string.Join(' ', Enumerable.Repeat("gamelan kendang gong", 2000));

        var html = SearchExcerpt.Html(SearchWords.Of("gamelan"), [body]);

        Assert.StartsWith("<mark>gamelan</mark> kendang gong <mark>gamelan</mark>", html, StringComparison.Ordinal);
        Assert.EndsWith("…", html, StringComparison.Ordinal);
        Assert.Equal(SearchExcerpt.Tokens, WebUtility.HtmlDecode(html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal)).TrimEnd('…').Split(' ').Length);
    }

    [Fact]
    public void NoWordFound_StartOfTheLastColumnWithText()
    {
        var body = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"kata{i}"));

        Assert.Equal(string.Join(' ', Enumerable.Range(1, 24).Select(i => $"kata{i}")) + "…", SearchExcerpt.Html(SearchWords.Of("zzz"), [string.Empty, body, "Judul"]));
        Assert.Equal(string.Empty, SearchExcerpt.Html(SearchWords.Of("zzz"), [string.Empty, "  ", "—"]));
    }

    /// <summary>FTS5's highlight() of the whole text (it fits one window), cut and encoded as an excerpt is.</summary>
    private string Fts5Highlight(string text, IReadOnlyList<string> words)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "DELETE FROM t; INSERT INTO t (a) VALUES ($text)";
        command.Parameters.AddWithValue("$text", text);
        command.ExecuteNonQuery();
        command.CommandText = "SELECT highlight(t, 0, char(1), char(2)) FROM t WHERE t MATCH $match";
        command.Parameters.AddWithValue("$match", string.Join(" OR ", words.Select(w => "\"" + w + "\"*")));
        var marked = (string)command.ExecuteScalar()!;
        Assert.Contains('\u0001', marked);
        Assert.True(SearchWords.Of(text).Count <= SearchExcerpt.Tokens, "the text must fit one window");
        // An excerpt runs from its first word to its last, as snippet() cut it.
        var first = marked.IndexOf(marked.First(c => c == '\u0001' || char.IsLetterOrDigit(c)));
        var last = marked.LastIndexOf(marked.Last(c => c == '\u0002' || char.IsLetterOrDigit(c) || char.IsNumber(c)));
        marked = marked[first..(last + 1)];
        return WebUtility.HtmlEncode(marked).Replace("\u0001", "<mark>", StringComparison.Ordinal).Replace("\u0002", "</mark>", StringComparison.Ordinal);
    }
}
