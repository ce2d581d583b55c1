namespace KazakhArticle.Core.Search;

/// <summary>
/// What the affix rules cannot know, read from <c>ArabicForms.txt</c> and applied by <see cref="TextAnalyzer"/>, so the
/// index and queries agree: broken plurals and irregular duals, which no affix rule reaches (قبائل is the plural of
/// قبيلة), each form's term mapped to its word's; and whole words the suffix rules would wrongly merge with another
/// (رئيسية, main, is not رئيس, president), kept apart under a term of their own.
/// </summary>
internal static class ArabicForms
{
    private const string Resource = "KazakhArticle.Core.Search.ArabicForms.txt";

    private static readonly Table Lexicon = Parse(ReadResource());

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FormLookup = Lexicon.Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WholeLookup = Lexicon.Whole.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="Forms">A broken plural's or dual's stemmed term, to its word's.</param>
    /// <param name="Whole">A kept word, normalised and without its prefix (the article, a conjunction), to its term.</param>
    internal sealed record Table(Dictionary<string, string> Forms, Dictionary<string, string> Whole);

    /// <summary>The term a stemmed term stands for: its word's, for a listed form; otherwise the term itself.</summary>
    public static ReadOnlySpan<char> Canonical(ReadOnlySpan<char> stem) => FormLookup.TryGetValue(stem, out var word) ? word : stem;

    /// <summary>The term of a word kept whole, given without its prefix, when it is one.</summary>
    public static bool TryWhole(ReadOnlySpan<char> word, out string term) => WholeLookup.TryGetValue(word, out term!);

    /// <summary>
    /// Lines of <c>word: form, form</c> (forms of a word) or <c>word = form, form</c> (words kept whole); # starts a
    /// comment. A form listed twice for different words is an error, named with its line.
    /// </summary>
    internal static Table Parse(string text)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        var whole = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var separator = line.IndexOfAny([':', '=']);
            var word = separator < 0 ? "" : line[..separator].Trim();
            var forms = separator < 0 ? [] : line[(separator + 1)..].Split([',', '،'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (word.Length == 0 || forms.Length == 0)
            {
                throw new FormatException($"{Resource} line {lineNumber}: not 'word: form, form' nor 'word = form, form'");
            }

            if (line[separator] == '=')
            {
                // A kept word's term is the word itself: the suffix rules never leave a term ending in ي, so no other word has it.
                var term = TextAnalyzer.StemPrefix(TextAnalyzer.Normalize(word)).ToString();
                foreach (var form in forms.Prepend(word))
                {
                    var bare = TextAnalyzer.StemPrefix(TextAnalyzer.Normalize(form)).ToString();
                    if (whole.TryGetValue(bare, out var other) && other != term)
                    {
                        throw new FormatException($"{Resource} line {lineNumber}: '{form}' is already kept as another word");
                    }

                    whole[bare] = term;
                }

                continue;
            }

            var wordTerm = TextAnalyzer.Stem(TextAnalyzer.Normalize(word)).ToString();
            foreach (var form in forms)
            {
                var formTerm = TextAnalyzer.Stem(TextAnalyzer.Normalize(form)).ToString();
                if (formTerm == wordTerm)
                {
                    continue;
                }

                if (terms.TryGetValue(formTerm, out var other) && other != wordTerm)
                {
                    throw new FormatException($"{Resource} line {lineNumber}: '{form}' is already a form of another word");
                }

                terms[formTerm] = wordTerm;
            }
        }

        return new Table(terms, whole);
    }

    private static string ReadResource()
    {
        using var stream = typeof(ArabicForms).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
