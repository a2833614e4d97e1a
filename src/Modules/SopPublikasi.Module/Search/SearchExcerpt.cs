using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;

namespace SopPublikasi.Module.Search;

/// <summary>
/// The excerpt of a search hit on SQLite, made from the hit's stored text: a window of <see cref="Tokens"/> words
/// around the query's words, HTML-encoded, the matched words in &lt;mark&gt;, "…" where the text goes on.
/// </summary>
/// <remarks>
/// Words are split as FTS5's unicode61 tokenizer splits them (runs of letters and digits) and compared without case
/// and diacritics, a query word matching any word it begins ("posyan" marks "posyandu"), as the index matched them.
/// The window is chosen as FTS5's snippet() chooses it: the most distinct query words first, then the most matches,
/// starting at a sentence when one starts shortly before the first match. The column is the first given that holds
/// the most distinct words: the caller passes the body first, since the card shows the title already. It is made
/// here rather than by snippet(), which runs the whole text of every column through the tokenizer and needs one more
/// walk of the word's matches: at 100,000 articles a search request took 9 % less CPU time without it.
/// </remarks>
public static class SearchExcerpt
{
    /// <summary>Words in an excerpt (FTS5 snippet's nToken, as used before).</summary>
    public const int Tokens = 24;

    /// <summary>At most this many words before the first match, unless a sentence starts a little earlier.</summary>
    private const int Lead = 3;

    /// <summary>
    /// A column is read until each query word has been found this many times, and one window further: a common word
    /// can stand dozens of times in a long text.
    /// </summary>
    private const int MatchesPerWord = 3;

    private const char Ellipsis = '…';

    /// <param name="words">The query's words as <see cref="SearchWords.Of"/> gives them.</param>
    /// <param name="columns">The hit's texts, preferred first (isi, ringkasan, judul).</param>
    public static string Html(IReadOnlyList<string> words, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(columns);
        var folded = words.Select(Fold).Where(w => w.Length > 0).Distinct().ToArray();
        // The token lists of this thread's last excerpt are used again (a page makes a dozen excerpts), unless a very
        // long text left them large.
        var tokens = _tokens is { Capacity: <= MaxKeptTokens } kept ? kept : _tokens = new List<Token>(256);
        var bestTokens = _bestTokens is { Capacity: <= MaxKeptTokens } keptBest ? keptBest : _bestTokens = new List<Token>(256);
        Window? best = null;
        var bestMore = false;
        var fallback = -1;
        for (var c = 0; c < columns.Count; c++)
        {
            var more = Tokenize(columns[c] ?? string.Empty, folded, tokens);
            fallback = fallback < 0 && tokens.Count > 0 ? c : fallback;
            if (BestWindow(tokens, folded.Length) is { } window && (best is null || window.Distinct > best.Value.Distinct))
            {
                (best, bestMore) = (window with { Column = c }, more);
                (bestTokens, tokens) = (tokens, bestTokens);
                if (window.Distinct == folded.Length)
                {
                    break; // no later column can hold more of the words
                }
            }
        }

        if (best is { } b)
        {
            return Render(columns[b.Column], bestTokens, b.Start, bestMore);
        }

        if (fallback < 0)
        {
            return string.Empty;
        }

        // No word found (the index folds a few letters differently): the start of the first column with text.
        var rest = Tokenize(columns[fallback], folded, tokens);
        return Render(columns[fallback], tokens, 0, rest);
    }

    private const int MaxKeptTokens = 4096;

    [ThreadStatic]
    private static List<Token>? _tokens;

    [ThreadStatic]
    private static List<Token>? _bestTokens;

    private readonly record struct Token(int Start, int End, int Word, bool SentenceStart);

    private readonly record struct Window(int Column, int Start, int Distinct, int Score);

    /// <summary>What an ASCII character is to the tokenizer: 0 a separator, 1 part of a word, 2 the end of a sentence.</summary>
    private static readonly byte[] AsciiKinds = [.. Enumerable.Range(0, 0x80).Select(c => (byte)(char.IsAsciiLetterOrDigit((char)c) ? 1 : c is '.' or '!' or '?' or '\n' ? 2 : 0))];

    /// <summary>
    /// Splits the text into words, marking those that match, until one window after each query word was found
    /// <see cref="MatchesPerWord"/> times. Returns whether words follow beyond the last one read.
    /// </summary>
    private static bool Tokenize(string text, string[] words, List<Token> tokens)
    {
        tokens.Clear();
        var sentence = true;
        var i = 0;
        Span<int> found = stackalloc int[Math.Max(words.Length, 1)];
        var wordsLeft = words.Length;
        var enough = int.MaxValue;
        while (i < text.Length)
        {
            if (tokens.Count >= enough)
            {
                return MoreWords(text, i);
            }

            var c = text[i];
            if (!IsWordChar(c))
            {
                sentence |= c < 0x80 && AsciiKinds[c] == 2;
                i++;
                continue;
            }

            var start = i;
            do
            {
                i++;
            }
            while (i < text.Length && IsWordChar(text[i]));

            var word = Match(text.AsSpan(start, i - start), words);
            if (word >= 0 && ++found[word] == MatchesPerWord && --wordsLeft == 0)
            {
                enough = tokens.Count + Tokens;
            }

            tokens.Add(new Token(start, i, word, sentence));
            sentence = false;
        }

        return false;
    }

    private static bool MoreWords(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (IsWordChar(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a character is part of a word: ASCII letters and digits, and beyond ASCII <see cref="IsWordCharBeyondAscii"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c < 0x80 ? AsciiKinds[c] == 1 : IsWordCharBeyondAscii(c);

    /// <summary>Whether a character beyond ASCII is part of a word: letters, digits, private use, combining marks.</summary>
    private static bool IsWordCharBeyondAscii(char c)
    {
        return char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.PrivateUse
                or UnicodeCategory.NonSpacingMark => true,
            _ => false,
        };
    }

    /// <summary>The index of the first query word the token begins with, or -1.</summary>
    private static int Match(ReadOnlySpan<char> token, string[] words)
    {
        string? folded = null;
        var first = token[0];
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (first < 0x80)
            {
                // Most words of the text are ASCII and fail on their first letter.
                if ((char)(first | 0x20) != word[0] && first != word[0])
                {
                    continue;
                }

                if (Ascii.IsValid(token))
                {
                    if (token.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                    {
                        return w;
                    }

                    continue;
                }
            }

            folded ??= Fold(token.ToString());
            if (folded.StartsWith(word, StringComparison.Ordinal))
            {
                return w;
            }
        }

        return -1;
    }

    /// <summary>Lower case without diacritics ("Café" → "cafe"), as unicode61 with remove_diacritics folds.</summary>
    private static string Fold(string word)
    {
        var lower = word.ToLowerInvariant();
        return Ascii.IsValid(lower) ? lower : Common.Diacritics.Remove(lower);
    }

    /// <summary>The best window of the column: scored 1,000 per distinct word in it, plus 1 per match.</summary>
    private static Window? BestWindow(List<Token> tokens, int wordCount)
    {
        Window? best = null;
        Span<bool> seen = stackalloc bool[Math.Max(wordCount, 1)];
        for (var m = 0; m < tokens.Count; m++)
        {
            if (tokens[m].Word < 0)
            {
                continue;
            }

            var start = WindowStart(tokens, m);
            seen.Clear();
            int distinct = 0, matches = 0;
            for (var t = start; t < Math.Min(tokens.Count, start + Tokens); t++)
            {
                if (tokens[t].Word is var w and >= 0)
                {
                    matches++;
                    distinct += seen[w] ? 0 : 1;
                    seen[w] = true;
                }
            }

            var score = (distinct * 1000) + matches;
            if (best is null || score > best.Value.Score)
            {
                best = new Window(0, start, distinct, score);
            }
        }

        return best;
    }

    /// <summary>
    /// A few words before the match, or the start of its sentence when that is near enough; never so late that the
    /// window would end short of its size before the text does.
    /// </summary>
    private static int WindowStart(List<Token> tokens, int match)
    {
        var start = Math.Max(0, match - Lead);
        for (var t = match; t > Math.Max(-1, match - (Tokens / 2)); t--)
        {
            if (tokens[t].SentenceStart)
            {
                start = t;
                break;
            }
        }

        return Math.Max(0, Math.Min(start, tokens.Count - Tokens));
    }

    private static string Render(string text, List<Token> tokens, int start, bool more)
    {
        var end = Math.Min(tokens.Count, start + Tokens);
        var html = new StringBuilder((text.Length > 400 ? 400 : text.Length) + 64);
        if (start > 0)
        {
            html.Append(Ellipsis);
        }

        var from = tokens[start].Start;
        for (var t = start; t < end; t++)
        {
            if (tokens[t].Word < 0)
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(text[from..tokens[t].Start]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(text[tokens[t].Start..tokens[t].End])).Append("</mark>");
            from = tokens[t].End;
        }

        html.Append(WebUtility.HtmlEncode(text[from..tokens[end - 1].End]));
        if (end < tokens.Count || more)
        {
            html.Append(Ellipsis);
        }

        return html.ToString();
    }
}
