using System.Globalization;
using System.Text;
using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search.Reference;

/// <summary>TextAnalyzer's normalisation and word boundaries as they were before the allocation-free rewrite: the oracle the new ones must agree with.</summary>
internal static class ReferenceAnalyzer
{
    /// <summary>The words of <paramref name="text"/> with their positions in it and their terms.</summary>
    public static IEnumerable<AnalyzedWord> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordStart(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordPart(text, i))
            {
                i++;
            }

            // An English possessive stays with its word: the analyzer's own rule, added after the rewrite.
            i += TextAnalyzer.PossessiveAt(text, i);

            var term = Term(text.AsSpan(start, i - start));
            if (term.Length > 0)
            {
                yield return new AnalyzedWord(start, i - start, term);
            }
        }
    }

    /// <summary>The text as the index holds it: its terms, space-separated.</summary>
    public static string IndexText(string text) => string.Join(' ', Words(text).Select(w => w.Term));

    /// <summary>The search term for one word.</summary>
    public static string Term(ReadOnlySpan<char> word)
    {
        var normalized = Normalize(word);
        return Stem(normalized);
    }

    /// <summary>The term for the start of a word typed as a prefix (<c>word*</c>): its ending is not yet known, so no suffix is removed.</summary>
    public static string PrefixTerm(ReadOnlySpan<char> word)
    {
        var normalized = Normalize(word);
        return ContainsArabicLetter(normalized) ? StemPrefix(normalized) : normalized;
    }

    /// <summary>Normalisation without stemming: the letters a reader means, however they are written.</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        var composed = word.ToString().Normalize(NormalizationForm.FormKC);
        var folded = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            switch (c)
            {
                case >= '\u064B' and <= '\u065F': // harakat and other Arabic marks
                case '\u0670': // superscript alef
                case '\u0640': // tatweel
                    continue;
                case '\u0623' or '\u0625' or '\u0622' or '\u0671': // أ إ آ ٱ
                    folded.Append('\u0627');
                    break;
                case '\u0649': // ى
                    folded.Append('\u064A');
                    break;
                case '\u0629': // ة
                    folded.Append('\u0647');
                    break;
                case >= '\u0660' and <= '\u0669': // Arabic-Indic digits
                    folded.Append((char)('0' + (c - '\u0660')));
                    break;
                case >= '\u06F0' and <= '\u06F9': // Extended Arabic-Indic digits
                    folded.Append((char)('0' + (c - '\u06F0')));
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.Format))
                    {
                        folded.Append(char.ToLowerInvariant(c));
                    }

                    break;
            }
        }

        return folded.ToString();
    }

    // Stemming is the analyzer's own: this oracle checks the normalisation and the word boundaries around it.
    private static string Stem(string word) => TextAnalyzer.TermOfNormalized(word);

    private static string StemPrefix(string word) => TextAnalyzer.StemPrefix(word).ToString();

    private static bool ContainsArabicLetter(string word)
    {
        foreach (var c in word)
        {
            if (c is >= '\u0620' and <= '\u064A' or >= '\u066E' and <= '\u06D3')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordStart(string text, int i) => char.IsLetterOrDigit(text[i]);

    // Marks and tatweel stay inside a word: FTS5's own tokenizer would split Arabic at every haraka.
    private static bool IsWordPart(string text, int i) =>
        char.IsLetterOrDigit(text[i])
        || text[i] == '\u0640'
        || CharUnicodeInfo.GetUnicodeCategory(text[i]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
