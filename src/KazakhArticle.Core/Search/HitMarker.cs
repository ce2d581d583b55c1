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

    /// <summary>An HTML snippet of <paramref name="text"/> around its first match, matched words in &lt;mark&gt;.</summary>
    public static string Snippet(string text, IReadOnlySet<string> terms, int maxWords = 36) => Snippet(text, null, terms, maxWords);

    /// <summary>
    /// <see cref="Snippet(string, IReadOnlySet{string}, int)"/>, given the entry's index text as well (its terms, one
    /// per word, space-separated, as stored or as highlight() returns it, marks and all): a word's term is then read
    /// from it rather than worked out again. Only a word that Unicode normalisation changes is still analysed.
    /// </summary>
    internal static string Snippet(string text, string? indexText, IReadOnlySet<string> terms, int maxWords = 36)
    {
        var matcher = new TermMatcher(terms);
        var words = ArrayPool<MarkedWord>.Shared.Rent((text.Length / 2) + 1);
        try
        {
            // Words are matched up to the first match; after it, only found, up to the word past the snippet's end:
            // enough to place the snippet as if every word had been counted. A paragraph's tail costs nothing.
            Span<char> buffer = stackalloc char[MaxStackWord];
            var count = 0;
            var first = -1;
            var enough = int.MaxValue;
            var position = 0;
            var cursor = 0;
            while (count < enough && TextAnalyzer.NextWord(text, ref position, out var wordStart, out var wordLength))
            {
                var word = text.AsSpan(wordStart, wordLength);
                bool? matched = null;
                int tokenStart = 0, tokenLength = 0;
                if (indexText is null)
                {
                    if (first >= 0)
                    {
                        if (!HasTerm(word, buffer))
                        {
                            continue;
                        }
                    }
                    else
                    {
                        var term = TextAnalyzer.Term(word, wordLength <= MaxStackWord ? buffer : new char[wordLength]);
                        if (term.IsEmpty)
                        {
                            continue;
                        }

                        matched = matcher.Contains(term);
                    }
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

                    if (first < 0)
                    {
                        matched = TokenMatches(indexText.AsSpan(tokenStart, tokenLength), matcher);
                    }
                }
                else
                {
                    // Normalisation may have made the term of several tokens (ﷺ is four words).
                    var term = TextAnalyzer.Term(word);
                    if (term.Length == 0)
                    {
                        continue;
                    }

                    for (var tokens = term.AsSpan().Count(' ') + 1; tokens > 0; tokens--)
                    {
                        if (!NextToken(indexText, ref cursor, out _, out _))
                        {
                            return Snippet(text, null, terms, maxWords);
                        }
                    }

                    matched = matcher.Contains(term);
                }

                words[count++] = new MarkedWord(wordStart, wordLength, tokenStart, tokenLength, matched);
                if (matched == true && first < 0)
                {
                    first = count - 1;
                    enough = Math.Max(0, first - (maxWords / 4)) + maxWords + 1;
                }
            }

            if (count == 0)
            {
                return WebUtility.HtmlEncode(text);
            }

            first = Math.Max(0, first);
            var start = Math.Max(0, Math.Min(first - (maxWords / 4), count - maxWords));
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
                var marked = word.Matched
                    ?? (indexText is null
                        ? matcher.Contains(TextAnalyzer.Term(text.AsSpan(word.Start, word.Length), word.Length <= MaxStackWord ? buffer : new char[word.Length]))
                        : TokenMatches(indexText.AsSpan(word.TokenStart, word.TokenLength), matcher));
                if (marked)
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

    /// <summary>Marks matched words inside rendered HTML, touching only text between tags.</summary>
    public static string MarkHtml(string html, IReadOnlySet<string> terms)
    {
        if (terms.Count == 0)
        {
            return html;
        }

        var matcher = new TermMatcher(terms);
        var marked = new StringBuilder(html.Length + 64);
        Span<char> buffer = stackalloc char[MaxStackWord];
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
                var term = TextAnalyzer.Term(text.AsSpan(wordStart, wordLength), wordLength <= MaxStackWord ? buffer : new char[wordLength]);
                if (!term.IsEmpty && matcher.Contains(term))
                {
                    AppendMarkedWord(marked, text, ref written, wordStart, wordLength);
                }
            }

            AppendEncoded(marked, text.AsSpan(written));
        }

        return marked.ToString();
    }

    /// <summary>
    /// Whether a word has a term, which only a word of marks and tatweels lacks: a word that starts with a letter or
    /// digit that normalisation keeps has one without being analysed.
    /// </summary>
    private static bool HasTerm(ReadOnlySpan<char> word, Span<char> buffer) =>
        word[0] is (<= '\u007F' or (>= '\u0621' and <= '\u064A') or (>= '\u0660' and <= '\u0669') or '\u0671') and not '\u0640'
        || !TextAnalyzer.Term(word, word.Length <= MaxStackWord ? buffer : new char[word.Length]).IsEmpty;

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

    /// <summary>A word of a snippet, where its term stands in the index text, and whether it is marked, once known.</summary>
    private readonly record struct MarkedWord(int Start, int Length, int TokenStart, int TokenLength, bool? Matched);

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
