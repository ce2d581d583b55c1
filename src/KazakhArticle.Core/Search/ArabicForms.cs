namespace KazakhArticle.Core.Search;

/// <summary>
/// Broken plurals and irregular duals, which no affix rule reaches (قبائل is the plural of قبيلة): read from
/// <c>ArabicForms.txt</c>, the terms of each form mapped to the term of its word, applied by <see cref="TextAnalyzer"/>
/// after stemming, so the index and queries agree.
/// </summary>
internal static class ArabicForms
{
    private const string Resource = "KazakhArticle.Core.Search.ArabicForms.txt";

    private static readonly Dictionary<string, string> Terms = Parse(ReadResource());

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Terms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The term a stemmed term stands for: its word's, for a listed form; otherwise the term itself.</summary>
    public static ReadOnlySpan<char> Canonical(ReadOnlySpan<char> stem) => Lookup.TryGetValue(stem, out var word) ? word : stem;

    /// <summary>Lines of <c>word: form, form</c>; # starts a comment. A form listed for two words is an error, named with its line.</summary>
    internal static Dictionary<string, string> Parse(string text)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(':', 2);
            var word = parts[0].Trim();
            var forms = parts.Length == 2 ? parts[1].Split([',', '،'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            if (word.Length == 0 || forms.Length == 0)
            {
                throw new FormatException($"{Resource} line {lineNumber}: not 'word: form, form'");
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

        return terms;
    }

    private static string ReadResource()
    {
        using var stream = typeof(ArabicForms).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
