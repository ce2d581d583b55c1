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
        if (words.Count == 0)
        {
            return WebUtility.HtmlEncode(text);
        }

        var matched = words.Select(w => terms.Contains(w.Term)).ToList();
        var start = 0;
        if (words.Count > maxWords && matched.Contains(true))
        {
            var best = Enumerable.Range(0, words.Count - maxWords + 1).MaxBy(s => matched.Skip(s).Take(maxWords).Count(m => m));
            var first = matched.FindIndex(best, m => m);
            var last = matched.FindLastIndex(best + maxWords - 1, maxWords, m => m);
            start = Math.Clamp(((first + last) / 2) - (maxWords / 2), 0, words.Count - maxWords);
        }

        var end = Math.Min(words.Count, start + maxWords) - 1;
        var from = start == 0 ? 0 : words[start].Start;
        var to = end == words.Count - 1 ? text.Length : words[end].Start + words[end].Length;

        var html = new StringBuilder();
        if (from > 0)
        {
            html.Append("… ");
        }

        AppendMarked(html, text, from, to, terms);
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
