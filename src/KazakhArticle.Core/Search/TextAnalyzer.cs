using System.Globalization;
using System.Text;

namespace KazakhArticle.Core.Search;

/// <summary>A word of a text: where it stands, and the form it is indexed and matched under.</summary>
public readonly record struct AnalyzedWord(int Start, int Length, string Term);

/// <summary>
/// The one place text becomes search terms, applied identically to indexed text and to queries.
/// Arabic: Unicode normalisation; harakat, superscript alef and tatweel removed; alef, alef maqsura and
/// ta marbuta folded; Arabic-Indic digits to ASCII; then light stemming after Larkey's light10 (as Lucene's
/// ArabicStemmer). Latin: lower-cased here; SQLite's porter tokenizer stems English in the index and the query.
/// </summary>
public static class TextAnalyzer
{
    // Words are short; a longer one is analysed on the heap.
    private const int MaxStackWord = 64;

    /// <summary>
    /// No prefix or suffix is removed that would leave fewer letters. light10 leaves two, which made بكين (Beijing)
    /// بك and إلى ال, and matched them with unrelated words.
    /// </summary>
    internal const int MinimumStem = 3;

    // Lucene ArabicStemmer's, in its order, after a conjunction and a preposition with the article, which light10
    // left half removed (وبالغاز became بالغاز): the first prefix that fits is removed, at most one.
    private static readonly string[] Prefixes = ["وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "ال", "وال", "بال", "كال", "فال", "لل", "و"];

    // Lucene ArabicStemmer order: each suffix that fits, in turn, is removed.
    private static readonly string[] Suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"];

    /// <summary>The words of <paramref name="text"/> with their positions in it and their terms.</summary>
    public static IEnumerable<AnalyzedWord> Words(string text)
    {
        var position = 0;
        while (NextWord(text, ref position, out var start, out var length))
        {
            var term = Term(text.AsSpan(start, length));
            if (term.Length > 0)
            {
                yield return new AnalyzedWord(start, length, term);
            }
        }
    }

    /// <summary>
    /// Where the next word at or after <paramref name="position"/> stands, without its term: the words of
    /// <see cref="Words"/>, and also those whose term is empty (a word of tatweels alone), which callers skip.
    /// </summary>
    internal static bool NextWord(ReadOnlySpan<char> text, ref int position, out int start, out int length)
    {
        var i = position;
        while (i < text.Length && !IsWordStart(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && IsWordPart(text[i]))
        {
            i++;
        }

        i += PossessiveAt(text, i);
        length = i - start;
        position = i;
        return length > 0;
    }

    /// <summary>
    /// 2 when an English possessive ('s or ’s) follows a Latin word ending at <paramref name="end"/>: it is part of the
    /// word, whose term leaves it out (Kazakhstan's is kazakhstan), not a word "s" of its own that a query must match.
    /// </summary>
    internal static int PossessiveAt(ReadOnlySpan<char> text, int end) =>
        end > 0 && end + 1 < text.Length && char.IsAsciiLetter(text[end - 1]) && text[end] is '\'' or '\u2019'
            && text[end + 1] is 's' or 'S' && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2]))
            ? 2
            : 0;

    /// <summary>The text as the index holds it: its terms, space-separated.</summary>
    public static string IndexText(string text) => string.Join(' ', Words(text).Select(w => w.Term));

    /// <summary>
    /// Put before a surface (see <see cref="SurfaceText"/>): a private-use character, which FTS5's tokenizer keeps in
    /// a token and no word of a reader's has, so a surface never matches a term, nor turns up among the index's terms
    /// that prefixes and spellings are expanded to (they are looked up by their first letters).
    /// </summary>
    internal const char SurfaceMark = '\uE002';

    /// <summary>
    /// The Arabic words of a text as written, normalised but not stemmed (والصينية, not صين), each marked with
    /// <see cref="SurfaceMark"/>: indexed for ranking alone, so a word matched as typed ranks above its other forms.
    /// English needs none: the porter tokenizer stems it again in the index.
    /// </summary>
    public static string SurfaceText(string text)
    {
        var surfaces = new StringBuilder();
        var position = 0;
        while (NextWord(text, ref position, out var start, out var length))
        {
            if (Surface(text.AsSpan(start, length)) is { } surface)
            {
                surfaces.Append(surfaces.Length == 0 ? "" : " ").Append(surface);
            }
        }

        return surfaces.ToString();
    }

    /// <summary>An Arabic word's surface as <see cref="SurfaceText"/> indexes it, marked; null for another word.</summary>
    public static string? Surface(ReadOnlySpan<char> word)
    {
        var normalized = Normalize(word);
        return ContainsArabicLetter(normalized) ? SurfaceMark + normalized : null;
    }

    /// <summary>The search term for one word.</summary>
    public static string Term(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= MaxStackWord ? stackalloc char[MaxStackWord] : new char[word.Length];
        return Term(word, buffer).ToString();
    }

    /// <summary>
    /// The term for one word without allocating, written to <paramref name="buffer"/> (at least as long as the word);
    /// only a word that Unicode normalisation would change gets a new string. The hot path of snippets and marks.
    /// </summary>
    internal static ReadOnlySpan<char> Term(ReadOnlySpan<char> word, Span<char> buffer)
    {
        return TermOf(Normalize(word, buffer));
    }

    /// <summary>
    /// A normalised word's term. Arabic: without its prefix, a word kept whole has its own term; any other is stemmed,
    /// then a listed broken plural or dual mapped to its word's term (see <see cref="ArabicForms"/>). Latin: as <see cref="LatinTerm"/>.
    /// </summary>
    private static ReadOnlySpan<char> TermOf(ReadOnlySpan<char> normalized)
    {
        if (!ContainsArabicLetter(normalized))
        {
            return LatinTerm(normalized);
        }

        var bare = StemPrefix(normalized);
        return ArabicForms.TryWhole(bare, out var kept) ? kept : ArabicForms.Canonical(StemSuffixes(bare));
    }

    // British spellings and their American forms, at the end of words of six letters or more (so not "four" or "hour"):
    // the porter stemmer in the index takes "civilization" and "civilisation" to different stems.
    private static readonly (string British, string American)[] Spellings =
        [("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize"), ("ours", "ors"), ("our", "or")];

    /// <summary>A Latin word's term: without a possessive 's, and with a British spelling in its American form.</summary>
    private static ReadOnlySpan<char> LatinTerm(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[^2] is '\'' or '\u2019' && word[^1] == 's')
        {
            word = word[..^2];
        }

        if (word.Length >= 6)
        {
            foreach (var (british, american) in Spellings)
            {
                if (word.EndsWith(british, StringComparison.Ordinal))
                {
                    return string.Concat(word[..^british.Length], american);
                }
            }
        }

        return word;
    }

    /// <summary>Light stemming of a normalised Arabic word: one prefix, then the suffixes (no lexicon).</summary>
    internal static ReadOnlySpan<char> Stem(ReadOnlySpan<char> normalized) => StemSuffixes(StemPrefix(normalized));

    /// <summary>The term of a word already normalised (see <see cref="Normalize(ReadOnlySpan{char})"/>).</summary>
    internal static string TermOfNormalized(string normalized) => TermOf(normalized).ToString();

    /// <summary>
    /// Proclitics the stemmer leaves on a word without the article: a preposition (ب، ل، ك), the conjunction ف, or ف
    /// and a preposition (و and a preposition lose the و to the stemmer, leaving the preposition). لروسيا is indexed
    /// as the term لروسيا, so a search for روسيا asks for those forms too (see <see cref="CliticForms"/>).
    /// </summary>
    private static readonly string[] Proclitics = ["فب", "فل", "فك", "ب", "ل", "ك", "ف"];

    /// <summary>The fewest letters a word keeps without its proclitic: a shorter one is too often another word (حر, free; بحر, sea).</summary>
    internal const int MinimumCliticBase = 4;

    /// <summary>
    /// The other terms a query's term stands for: the word with a proclitic in front; and when it may begin with one the
    /// reader typed (لموسكو; but كازاخستان begins with ك too), the word without it, and with the others. Only for Arabic
    /// words of four letters or more. A form no text has costs one lookup in the index and matches nothing.
    /// </summary>
    /// <param name="minimumBase">The fewest letters the word keeps without a proclitic: <see cref="MinimumCliticBase"/> alone.</param>
    public static IReadOnlyList<string> CliticForms(string term, int minimumBase = MinimumCliticBase)
    {
        if (!ContainsArabicLetter(term))
        {
            return [];
        }

        var words = new List<string>(2);
        if (term.Length >= minimumBase)
        {
            words.Add(term);
        }

        if (Proclitics.FirstOrDefault(p => term.Length >= p.Length + minimumBase && term.StartsWith(p, StringComparison.Ordinal)) is { } typed)
        {
            words.Add(term[typed.Length..]);
        }

        return [.. words.SelectMany(word => Proclitics.Select(p => p + word).Prepend(word)).Where(form => form != term).Distinct()];
    }

    /// <summary>
    /// The term of a word in the indefinite accusative as the text writes it, with the alef of its tanween and no
    /// diacritics (جسرا جويا for جسر جوي, جزءا مهما): the alef is no suffix the stemmer may remove, since many words end
    /// in one (روسيا، أمريكا), so a query asks for that form too. Only for a bare word, one the stemmer took no suffix
    /// from: الأمريكية (American) is not to find أمريكا. Null for a word that takes none: with a suffix, ending in alef
    /// or ta marbuta, a Latin one, or one shorter than a stem.
    /// </summary>
    public static string? AccusativeForm(ReadOnlySpan<char> word)
    {
        var normalized = Normalize(word);
        var bare = StemPrefix(normalized).ToString();
        return bare.Length >= MinimumStem && ContainsArabicLetter(bare) && bare[^1] is not ('ا' or 'ه') && Term(word) == bare
            ? TermOfNormalized(bare + "ا")
            : null;
    }

    /// <summary>The term for the start of a word typed as a prefix (<c>word*</c>): its ending is not yet known, so no suffix is removed.</summary>
    public static string PrefixTerm(ReadOnlySpan<char> word)
    {
        var normalized = Normalize(word);
        return ContainsArabicLetter(normalized) ? StemPrefix(normalized.AsSpan()).ToString() : normalized;
    }

    /// <summary>Normalisation without stemming: the letters a reader means, however they are written.</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= MaxStackWord ? stackalloc char[MaxStackWord] : new char[word.Length];
        return Normalize(word, buffer).ToString();
    }

    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (IsNormalizationStable(word))
        {
            return buffer[..Fold(word, buffer)];
        }

        var composed = word.ToString().Normalize(NormalizationForm.FormKC);
        var folded = new char[composed.Length];
        return folded.AsSpan(0, Fold(composed, folded));
    }

    /// <summary>
    /// True when NFKC leaves the word as it is, up to the order of the marks that <see cref="Fold"/> removes, so ICU
    /// need not be called: ASCII, the basic Arabic letters, harakat, superscript alef and the digits. Not the
    /// combining maddah and hamzas (U+0653–U+0655): they compose with the letter before them (و + ◌ٔ is ؤ).
    /// </summary>
    internal static bool IsNormalizationStable(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is not (<= '\u007F' or >= '\u0621' and <= '\u0652' or >= '\u0660' and <= '\u0669' or '\u0670' or '\u0671'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Removes marks and folds letter forms; <paramref name="folded"/> is at least as long as the text.</summary>
    private static int Fold(ReadOnlySpan<char> composed, Span<char> folded)
    {
        var length = 0;
        foreach (var c in composed)
        {
            switch (c)
            {
                case >= '\u064B' and <= '\u065F': // harakat and other Arabic marks
                case '\u0670': // superscript alef
                case '\u0640': // tatweel
                    continue;
                case '\u0623' or '\u0625' or '\u0622' or '\u0671': // أ إ آ ٱ
                    folded[length++] = '\u0627';
                    break;
                case '\u0649': // ى
                    folded[length++] = '\u064A';
                    break;
                case '\u0629': // ة
                    folded[length++] = '\u0647';
                    break;
                case >= '\u0660' and <= '\u0669': // Arabic-Indic digits
                    folded[length++] = (char)('0' + (c - '\u0660'));
                    break;
                case >= '\u06F0' and <= '\u06F9': // Extended Arabic-Indic digits
                    folded[length++] = (char)('0' + (c - '\u06F0'));
                    break;
                case <= '\u007F':
                    folded[length++] = char.ToLowerInvariant(c);
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.Format))
                    {
                        // Arabic has no case; outside ASCII, lower-casing a char is a call into ICU.
                        folded[length++] = c is >= '\u0600' and <= '\u06FF' ? c : char.ToLowerInvariant(c);
                    }

                    break;
            }
        }

        return length;
    }

    /// <summary>The stemmer's prefix step alone, for a word typed as a prefix.</summary>
    internal static ReadOnlySpan<char> StemPrefix(ReadOnlySpan<char> word)
    {
        foreach (var prefix in Prefixes)
        {
            if (word.Length >= prefix.Length + MinimumStem && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return word[prefix.Length..];
            }
        }

        return word;
    }

    private static ReadOnlySpan<char> StemSuffixes(ReadOnlySpan<char> word)
    {
        string? last = null;
        foreach (var suffix in Suffixes)
        {
            if (word.Length >= suffix.Length + MinimumStem && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                word = word[..^suffix.Length];
                last = suffix;
            }
        }

        // A ta marbuta is written ت before her (ها) and the dual's ين (عاصمتها، نتيجتين): with the suffix gone, it goes as
        // the ة of the bare word does (عاصمة is عاصم). Not before the others, after which a ت is mostly the word's own:
        // ه may be that ة itself (مؤقتة, of مؤقت), ي a nisba (كويتي), ان the end of a name (كازاخستان).
        if (last is "ها" or "ين" && word.Length >= MinimumStem + 1 && word[^1] == 'ت')
        {
            word = word[..^1];
        }

        return word;
    }

    /// <summary>Whether a word has Arabic letters (and so is stemmed as Arabic).</summary>
    internal static bool ContainsArabicLetter(ReadOnlySpan<char> word)
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

    // ASCII and the basic Arabic letters (tatweel included: a modifier letter) are answered without Unicode tables.
    private static bool IsWordStart(char c) => c switch
    {
        < '\u0080' => char.IsAsciiLetterOrDigit(c),
        >= '\u0621' and <= '\u064A' => true,
        >= '\u064B' and <= '\u0652' => false,
        _ => char.IsLetterOrDigit(c),
    };

    // Marks and tatweel stay inside a word: FTS5's own tokenizer would split Arabic at every haraka.
    private static bool IsWordPart(char c) => c switch
    {
        < '\u0080' => char.IsAsciiLetterOrDigit(c),
        >= '\u0621' and <= '\u0652' => true,
        _ => char.IsLetterOrDigit(c)
            || c == '\u0640'
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark,
    };
}
