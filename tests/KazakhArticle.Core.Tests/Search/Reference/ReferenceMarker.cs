using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search.Reference;

/// <summary>HitMarker as it was before the single-pass rewrite: the oracle the new one must agree with.</summary>
internal static partial class ReferenceMarker
{
    private const char Open = HitMarker.Open;
    private const char Close = HitMarker.Close;

    /// <summary>The terms FTS5 marked in an entry's analyzed column.</summary>
    public static IEnumerable<string> MarkedTerms(string highlighted)
    {
        var inside = false;
        var marked = false;
        var term = new StringBuilder();
        foreach (var c in highlighted.Append(' '))
        {
            switch (c)
            {
                case Open:
                    inside = marked = true;
                    break;
                case Close:
                    inside = false;
                    break;
                case ' ':
                    if (marked && term.Length > 0)
                    {
                        yield return term.ToString();
                    }

                    term.Clear();
                    marked = inside;
                    break;
                default:
                    term.Append(c);
                    break;
            }
        }
    }

    /// <summary>
    /// An HTML snippet of <paramref name="text"/>: the passage with the most matches (the first such), centred on its
    /// matches, matched words in &lt;mark&gt;. Counted window by window, as plainly as it can be.
    /// </summary>
    public static string Snippet(string text, IReadOnlySet<string> terms, int maxWords = 36)
    {
        var words = ReferenceAnalyzer.Words(text).ToList();
        return Snippet(text, words, [.. words.Select(w => terms.Contains(w.Term))], maxWords);
    }

    /// <summary>
    /// The same, marking the words where highlight() marked their terms in <paramref name="highlighted"/> (a phrase's
    /// words only where the phrase stands), not every word with a marked term; by the terms when the two disagree.
    /// </summary>
    public static string Snippet(string text, string highlighted, int maxWords = 36)
    {
        var words = ReferenceAnalyzer.Words(text).ToList();
        var tokens = highlighted.Split(' ');
        var marked = new List<bool>(words.Count);
        var next = 0;
        var inside = false;
        foreach (var word in words)
        {
            var any = false;
            foreach (var _ in word.Term.Split(' '))
            {
                if (next == tokens.Length)
                {
                    return Snippet(text, MarkedTerms(highlighted).ToHashSet(StringComparer.Ordinal), maxWords);
                }

                var token = tokens[next++];
                any |= inside || token.Contains(Open, StringComparison.Ordinal);
                var (open, close) = (token.LastIndexOf(Open), token.LastIndexOf(Close));
                inside = open > close || (open == close && inside);
            }

            marked.Add(any);
        }

        return Snippet(text, words, marked, maxWords);
    }

    private static string Snippet(string text, List<AnalyzedWord> words, List<bool> matched, int maxWords)
    {
        if (words.Count == 0)
        {
            return WebUtility.HtmlEncode(text);
        }

        var start = 0;
        if (words.Count > maxWords && matched.Contains(true))
        {
            var best = Enumerable.Range(0, words.Count - maxWords + 1).MaxBy(s => matched.Skip(s).Take(maxWords).Count(m => m));
            var first = matched.FindIndex(best, m => m);
            var last = matched.FindLastIndex(best + maxWords - 1, maxWords, m => m);
            start = Math.Clamp(first - ((maxWords - (last - first + 1) + 1) / 2), 0, words.Count - maxWords);
        }

        var end = Math.Min(words.Count, start + maxWords) - 1;
        var from = start == 0 ? 0 : words[start].Start;
        var to = end == words.Count - 1 ? text.Length : words[end].Start + words[end].Length;

        var html = new StringBuilder();
        if (from > 0)
        {
            html.Append("… ");
        }

        var position = from;
        for (var i = start; i <= end; i++)
        {
            if (matched[i])
            {
                html.Append(WebUtility.HtmlEncode(text[position..words[i].Start]));
                html.Append("<mark class=\"hit\">").Append(WebUtility.HtmlEncode(text.Substring(words[i].Start, words[i].Length))).Append("</mark>");
                position = words[i].Start + words[i].Length;
            }
        }

        html.Append(WebUtility.HtmlEncode(text[position..to]));
        if (to < text.Length)
        {
            html.Append(" …");
        }

        return html.ToString();
    }

    /// <summary>Marks matched words inside rendered HTML, touching only text between tags.</summary>
    public static string MarkHtml(string html, IReadOnlySet<string> terms)
    {
        if (terms.Count == 0)
        {
            return html;
        }

        var marked = new StringBuilder(html.Length + 64);
        foreach (var part in Tag().Split(html))
        {
            if (part.StartsWith('<'))
            {
                marked.Append(part);
                continue;
            }

            var text = WebUtility.HtmlDecode(part);
            AppendMarked(marked, text, 0, text.Length, terms);
        }

        return marked.ToString();
    }

    private static void AppendMarked(StringBuilder html, string text, int from, int to, IReadOnlySet<string> terms)
    {
        var position = from;
        foreach (var word in ReferenceAnalyzer.Words(text[..to]))
        {
            if (word.Start < from || !terms.Contains(word.Term))
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(text[position..word.Start]));
            html.Append("<mark class=\"hit\">").Append(WebUtility.HtmlEncode(text.Substring(word.Start, word.Length))).Append("</mark>");
            position = word.Start + word.Length;
        }

        html.Append(WebUtility.HtmlEncode(text[position..to]));
    }

    [GeneratedRegex("(<[^>]*>)")]
    private static partial Regex Tag();
}
