using System.Buffers;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace KazakhArticle.Core.Search;

/// <summary>
/// Marks matched words on the original text, diacritics and all. FTS5 says which terms of an entry matched
/// (through highlight() on the analyzed column); a word of the original is marked when its term is one of them.
/// </summary>
public static partial class HitMarker
{
    /// <summary>Put around matched terms by highlight(): private-use characters that no text contains.</summary>
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    // Longer words are analysed on the heap.
    private const int MaxStackWord = 64;

    // What Fold removes of the characters IsNormalizationStable accepts.
    private static readonly SearchValues<char> StableMarks = SearchValues.Create("\u0640\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670");

    // The characters WebUtility.HtmlEncode changes, with the surrogates; text without them is written as it is.
    private static readonly SearchValues<char> HtmlSpecial = SearchValues.Create("<>\"'&" + string.Concat(Enumerable.Range(160, 96).Select(c => (char)c)));

    /// <summary>The terms FTS5 marked in an entry's analyzed column.</summary>
    public static IEnumerable<string> MarkedTerms(string highlighted)
    {
        var terms = new List<string>();
        AddMarkedTerms(highlighted, terms);
        return terms;
    }

    /// <summary><see cref="MarkedTerms"/>, added to a collection: the search's hot path.</summary>
    internal static void AddMarkedTerms(string highlighted, ICollection<string> terms)
    {
        // Only the terms around the marks are looked at: most of an entry is unmarked.
        var text = highlighted.AsSpan();
        var next = text.IndexOf(Open);
        while (next >= 0)
        {
            var start = text[..next].LastIndexOf(' ') + 1;
            var inside = false;
            var i = start;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c == Open)
                {
                    inside = true;
                }
                else if (c == Close)
                {
                    inside = false;
                }
                else if (c == ' ')
                {
                    // A term is marked when a mark opens in it or was open when it began.
                    AddTerm(text[start..i], terms);
                    start = i + 1;
                    if (!inside)
                    {
                        break;
                    }
                }
            }

            if (i == text.Length)
            {
                AddTerm(text[start..], terms);
                return;
            }

            var rest = text[(i + 1)..].IndexOf(Open);
            next = rest < 0 ? -1 : i + 1 + rest;
        }
    }

    /// <summary>
    /// An HTML snippet of <paramref name="text"/>: the passage of <paramref name="maxWords"/> words with the most
    /// matches, centred on them, matched words in &lt;mark&gt;; the start of the text when nothing matches.
    /// </summary>
    public static string Snippet(string text, IReadOnlySet<string> terms, int maxWords = 36) => Snippet(text, null, terms, maxWords);

    /// <summary>
    /// <see cref="Snippet(string, IReadOnlySet{string}, int)"/>, given the entry's index text as well (its terms, one
    /// per word, space-separated, as stored or as highlight() returns it, marks and all): a word's term is then read
    /// from it rather than worked out again. Only a word that Unicode normalisation changes is still analysed.
    /// When highlight() marked it, a word is marked where its term was, not wherever its term stands: a phrase's words
    /// only where the phrase is.
    /// </summary>
    internal static string Snippet(string text, string? indexText, IReadOnlySet<string> terms, int maxWords = 36)
    {
        var matcher = new TermMatcher(terms);
        var words = ArrayPool<MarkedWord>.Shared.Rent((text.Length / 2) + 1);
        try
        {
            // Every word is matched: the best passage may be anywhere in the text.
            Span<char> buffer = stackalloc char[MaxStackWord];
            var count = 0;
            var position = 0;
            var cursor = 0;
            var byPlace = indexText is not null && indexText.Contains(Open, StringComparison.Ordinal);
            var inside = false;
            while (TextAnalyzer.NextWord(text, ref position, out var wordStart, out var wordLength))
            {
                var word = text.AsSpan(wordStart, wordLength);
                bool matched;
                int tokenStart = 0, tokenLength = 0;
                if (indexText is null)
                {
                    var term = TextAnalyzer.Term(word, wordLength <= MaxStackWord ? buffer : new char[wordLength]);
                    if (term.IsEmpty)
                    {
                        continue;
                    }

                    matched = matcher.Contains(term);
                }
                else if (TextAnalyzer.IsNormalizationStable(word))
                {
                    // Its term is one token: the word's own letters, folded and stemmed, never a space.
                    if (!HasStableTerm(word))
                    {
                        continue;
                    }

                    if (!NextToken(indexText, ref cursor, out tokenStart, out tokenLength) || tokenLength == 0)
                    {
                        return Snippet(text, null, terms, maxWords); // not this text's index text
                    }

                    var token = indexText.AsSpan(tokenStart, tokenLength);
                    matched = byPlace ? MarkedHere(token, ref inside) : TokenMatches(token, matcher);
                }
                else
                {
                    // Normalisation may have made the term of several tokens (ﷺ is four words).
                    var term = TextAnalyzer.Term(word);
                    if (term.Length == 0)
                    {
                        continue;
                    }

                    var anyMarked = false;
                    for (var tokens = term.AsSpan().Count(' ') + 1; tokens > 0; tokens--)
                    {
                        if (!NextToken(indexText, ref cursor, out var partStart, out var partLength))
                        {
                            return Snippet(text, null, terms, maxWords);
                        }

                        anyMarked |= byPlace && MarkedHere(indexText.AsSpan(partStart, partLength), ref inside);
                    }

                    matched = byPlace ? anyMarked : matcher.Contains(term);
                }

                words[count++] = new MarkedWord(wordStart, wordLength, tokenStart, tokenLength, matched);
            }

            if (count == 0)
            {
                return WebUtility.HtmlEncode(text);
            }

            var start = BestPassage(words.AsSpan(0, count), maxWords);
            var end = Math.Min(count, start + maxWords) - 1;
            var from = start == 0 ? 0 : words[start].Start;
            var to = end == count - 1 ? text.Length : words[end].Start + words[end].Length;

            var html = new StringBuilder(to - from + 64);
            if (from > 0)
            {
                html.Append("… ");
            }

            var written = from;
            foreach (var word in words.AsSpan(start, end - start + 1))
            {
                if (word.Matched)
                {
                    AppendMarkedWord(html, text, ref written, word.Start, word.Length);
                }
            }

            AppendEncoded(html, text.AsSpan(written, to - written));
            if (to < text.Length)
            {
                html.Append(" …");
            }

            return html.ToString();
        }
        finally
        {
            ArrayPool<MarkedWord>.Shared.Return(words);
        }
    }

    /// <summary>The first word of <paramref name="text"/> whose term highlight() marked in its index text, as written.</summary>
    internal static string? FirstMarkedWord(string text, string highlighted)
    {
        var terms = MarkedTerms(highlighted).ToHashSet(StringComparer.Ordinal);
        var position = 0;
        while (TextAnalyzer.NextWord(text, ref position, out var start, out var length))
        {
            if (terms.Contains(TextAnalyzer.Term(text.AsSpan(start, length))))
            {
                return text.Substring(start, length);
            }
        }

        return null;
    }

    /// <summary>
    /// Marks the words of a place's rendered HTML where highlight() marked their terms in its index text
    /// (<paramref name="highlighted"/>), touching only text between tags: a phrase's words only where the phrase is.
    /// When the HTML's words are not the index text's, one by one, it marks by the terms that were marked.
    /// </summary>
    public static string MarkHtml(string html, string highlighted)
    {
        if (!highlighted.Contains(Open, StringComparison.Ordinal))
        {
            return html;
        }

        var cursor = 0;
        var inside = false;
        return MarkWords(html, (text, wordStart, wordLength) =>
        {
            var term = TextAnalyzer.Term(text.AsSpan(wordStart, wordLength));
            if (term.Length == 0)
            {
                return false;
            }

            var here = false;
            foreach (var termPart in term.Split(' '))
            {
                if (!NextToken(highlighted, ref cursor, out var tokenStart, out var tokenLength)
                    || !IsToken(highlighted.AsSpan(tokenStart, tokenLength), termPart))
                {
                    return null;
                }

                here |= MarkedHere(highlighted.AsSpan(tokenStart, tokenLength), ref inside);
            }

            return here;
        }) is { } marked && cursor > highlighted.Length
            ? marked
            // The HTML's words are not the index text's, or fewer of them: mark by the terms that were marked.
            : MarkHtml(html, MarkedTerms(highlighted).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Whether an index token, its marks aside, is this term.</summary>
    private static bool IsToken(ReadOnlySpan<char> token, string term)
    {
        var start = token.Length > 0 && token[0] == Open ? 1 : 0;
        var end = token.Length > start && token[^1] == Close ? token.Length - 1 : token.Length;
        return token[start..end].SequenceEqual(term);
    }

    /// <summary>Marks matched words inside rendered HTML, touching only text between tags.</summary>
    public static string MarkHtml(string html, IReadOnlySet<string> terms)
    {
        if (terms.Count == 0)
        {
            return html;
        }

        var matcher = new TermMatcher(terms);
        var buffer = new char[MaxStackWord];
        return MarkWords(html, (text, wordStart, wordLength) =>
        {
            var term = TextAnalyzer.Term(text.AsSpan(wordStart, wordLength), wordLength <= MaxStackWord ? buffer : new char[wordLength]);
            return !term.IsEmpty && matcher.Contains(term);
        })!;
    }

    /// <summary>Whether to mark a word of a text run (by its place in it); null gives up on the whole HTML.</summary>
    private delegate bool? WordMark(string text, int start, int length);

    /// <summary>
    /// The one walk over rendered HTML both markers share: tags copied as they are, each text run decoded, its words
    /// marked where <paramref name="mark"/> says, the rest re-encoded. Null when <paramref name="mark"/> gave up.
    /// </summary>
    private static string? MarkWords(string html, WordMark mark)
    {
        var marked = new StringBuilder(html.Length + 64);
        foreach (var part in Tag().Split(html))
        {
            if (part.StartsWith('<'))
            {
                marked.Append(part);
                continue;
            }

            var text = WebUtility.HtmlDecode(part);
            var written = 0;
            var position = 0;
            while (TextAnalyzer.NextWord(text, ref position, out var wordStart, out var wordLength))
            {
                switch (mark(text, wordStart, wordLength))
                {
                    case null:
                        return null;
                    case true:
                        AppendMarkedWord(marked, text, ref written, wordStart, wordLength);
                        break;
                }
            }

            AppendEncoded(marked, text.AsSpan(written));
        }

        return marked.ToString();
    }

    /// <summary>Whether a word of the characters that normalisation keeps has a term: one of more than marks and tatweels.</summary>
    private static bool HasStableTerm(ReadOnlySpan<char> word) =>
        word.IndexOfAnyExcept(StableMarks) >= 0;

    private static bool NextToken(string indexText, ref int cursor, out int start, out int length)
    {
        start = cursor;
        if (cursor > indexText.Length)
        {
            length = 0;
            return false;
        }

        var space = indexText.AsSpan(cursor).IndexOf(' ');
        length = space < 0 ? indexText.Length - cursor : space;
        cursor += length + 1;
        return true;
    }

    /// <summary>Whether highlight() marked this token (a mark opens in it, or was open before it), and whether one stays open after it.</summary>
    private static bool MarkedHere(ReadOnlySpan<char> token, ref bool inside)
    {
        var marked = inside || token.Contains(Open);
        var (open, close) = (token.LastIndexOf(Open), token.LastIndexOf(Close));
        inside = open > close || (open == close && inside);
        return marked;
    }

    private static bool TokenMatches(ReadOnlySpan<char> token, TermMatcher matcher)
    {
        if (!token.ContainsAny(Open, Close))
        {
            return matcher.Contains(token);
        }

        var term = new List<string>(1);
        AddTerm(token, term);
        return term.Count > 0 && matcher.Contains(term[0]);
    }

    private static void AddTerm(ReadOnlySpan<char> token, ICollection<string> terms)
    {
        // highlight() marks whole tokens, so the marks stand only at a term's ends or between the terms of a phrase.
        if (token.Length > 0 && token.ContainsAny(Open, Close))
        {
            var term = new StringBuilder(token.Length);
            foreach (var c in token)
            {
                if (c is not (Open or Close))
                {
                    term.Append(c);
                }
            }

            token = term.ToString();
        }

        if (token.Length > 0)
        {
            terms.Add(token.ToString());
        }
    }

    private static void AppendMarkedWord(StringBuilder html, string text, ref int written, int start, int length)
    {
        AppendEncoded(html, text.AsSpan(written, start - written));
        html.Append("<mark class=\"hit\">");
        AppendEncoded(html, text.AsSpan(start, length));
        html.Append("</mark>");
        written = start + length;
    }

    /// <summary>As <see cref="WebUtility.HtmlEncode(string)"/>, without a copy of text that needs no encoding.</summary>
    private static void AppendEncoded(StringBuilder html, ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(HtmlSpecial) || text.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            html.Append(WebUtility.HtmlEncode(text.ToString()));
        }
        else
        {
            html.Append(text);
        }
    }

    [GeneratedRegex("(<[^>]*>)")]
    private static partial Regex Tag();

    /// <summary>A word of a snippet, where its term stands in the index text, and whether it is marked.</summary>
    private readonly record struct MarkedWord(int Start, int Length, int TokenStart, int TokenLength, bool Matched);

    /// <summary>
    /// Where the passage of <paramref name="length"/> words with the most matches starts (the first such, from the
    /// left), moved so that its matches stand in its middle; 0 when nothing matches or the text is that short.
    /// </summary>
    internal static int BestPassage<T>(ReadOnlySpan<T> words, int length, Func<T, bool> matched)
    {
        if (words.Length <= length)
        {
            return 0;
        }

        int best = -1, bestCount = 0, inWindow = 0;
        for (var i = 0; i < words.Length; i++)
        {
            inWindow += matched(words[i]) ? 1 : 0;
            if (i >= length)
            {
                inWindow -= matched(words[i - length]) ? 1 : 0;
            }

            if (inWindow > bestCount)
            {
                (best, bestCount) = (Math.Max(0, i - length + 1), inWindow);
            }
        }

        if (best < 0)
        {
            return 0;
        }

        int first = best, last = Math.Min(words.Length, best + length) - 1;
        while (!matched(words[first]))
        {
            first++;
        }

        while (!matched(words[last]))
        {
            last--;
        }

        // The words the passage has to spare go half before its matches and half after (the odd one before). Centring
        // on the middle of first and last instead rounded down twice: off centre by a word, and when the matches
        // filled the passage it moved one word back and lost the last of them.
        var spare = length - (last - first + 1);
        return Math.Clamp(first - ((spare + 1) / 2), 0, words.Length - length);
    }

    private static int BestPassage(ReadOnlySpan<MarkedWord> words, int length) => BestPassage(words, length, w => w.Matched);

    /// <summary>Looks a term up by its characters, so no string is made for the words that are not marked.</summary>
    private readonly struct TermMatcher
    {
        private readonly IReadOnlySet<string> _terms;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly bool _hasLookup;

        public TermMatcher(IReadOnlySet<string> terms)
        {
            _terms = terms;
            _hasLookup = terms is HashSet<string> set && set.TryGetAlternateLookup(out _lookup);
        }

        public bool Contains(ReadOnlySpan<char> term) => _hasLookup ? _lookup.Contains(term) : _terms.Contains(term.ToString());
    }
}
