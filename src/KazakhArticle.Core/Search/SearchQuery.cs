namespace KazakhArticle.Core.Search;

/// <summary>A word to find: one term, a phrase of terms in order, or the start of a word.</summary>
public sealed record SearchClause(IReadOnlyList<string> Terms, bool IsPrefix)
{
    public bool IsPhrase => Terms.Count > 1;

    /// <summary>
    /// What else the clause matches, each a term or a phrase of terms: the index's whole terms a Latin prefix stands
    /// for (see <see cref="ArticleSearch"/>), the word with a proclitic in front (<see cref="TextAnalyzer.CliticForms"/>),
    /// or, for an Arabic prefix, its stem as a prefix (ending in *).
    /// </summary>
    public IReadOnlyList<string> Expansions { get; init; } = [];

    /// <summary>
    /// An Arabic word as typed, normalised (not stemmed): also matched as a surface of the text, which ranks the places
    /// that write it so first (see <see cref="TextAnalyzer.SurfaceText"/>); and what it makes joined to the next (see
    /// <see cref="ArticleSearch"/>).
    /// </summary>
    public string? Surface { get; init; }

    /// <summary>A plain word exactly as typed: what a correction of its spelling replaces in the query.</summary>
    public string? Typed { get; init; }

    /// <summary>The clause's terms and those of its expansions: every term a hit of it can have matched.</summary>
    public IEnumerable<string> AllTerms => Terms.Concat(Expansions.SelectMany(e => e.TrimEnd('*').Split(' ')));

    /// <summary>Always quoted FTS5 strings, so nothing the reader types is read as FTS5 syntax.</summary>
    public string ToMatchExpression()
    {
        var quoted = Quote(string.Join(' ', Terms)) + (IsPrefix ? "*" : "");
        return Expansions.Count == 0 ? quoted : $"({string.Join(" OR ", Expansions.Select(QuoteExpansion).Prepend(quoted))})";
    }

    /// <summary>The word as typed, among the text's surfaces (see <see cref="TextAnalyzer.SurfaceText"/>); null when it has none.</summary>
    internal string? ToSurfaceExpression() => Surface is null ? null : Quote(TextAnalyzer.SurfaceMark + Surface);

    /// <summary>
    /// A word or phrase as typed, matching also with a proclitic on its first word (لروسيا for روسيا), and in the
    /// indefinite accusative (جسرا جويا for جسر جوي, see <see cref="TextAnalyzer.AccusativeForm"/>). Null for text without words.
    /// </summary>
    /// <remarks>A phrase's words agree in case, so they take the accusative together.</remarks>
    internal static SearchClause? Of(string text)
    {
        var words = TextAnalyzer.Words(text).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var terms = words.ConvertAll(w => w.Term);
        var accusative = words.ConvertAll(w => TextAnalyzer.AccusativeForm(text.AsSpan(w.Start, w.Length)) ?? w.Term);
        return Of(terms, accusative.SequenceEqual(terms) ? null : accusative);
    }

    /// <summary>A word or phrase by its terms, matching also with a proclitic on its first word, and as <paramref name="accusative"/>.</summary>
    /// <remarks>
    /// A phrase's first word takes a proclitic from three letters (لحلف شمال الأطلسي for حلف شمال الأطلسي): the words
    /// after it rule out the other readings that keep a lone word of three letters from taking one.
    /// </remarks>
    internal static SearchClause Of(IReadOnlyList<string> terms, IReadOnlyList<string>? accusative = null) => new(terms, IsPrefix: false)
    {
        Expansions = [.. TextAnalyzer.CliticForms(terms[0], terms.Count > 1 ? TextAnalyzer.MinimumStem : TextAnalyzer.MinimumCliticBase)
            .Select(first => string.Join(' ', terms.Skip(1).Prepend(first))), .. accusative is null ? [] : (string[])[string.Join(' ', accusative)]],
    };

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    // An expansion ending in * is itself a prefix.
    private static string QuoteExpansion(string expansion) =>
        expansion.EndsWith('*') ? Quote(expansion[..^1]) + "*" : Quote(expansion);
}

/// <summary>
/// What a reader typed, as search clauses: plain words (all must match), a "quoted phrase", a trailing * for a
/// prefix. Everything else — operators, parentheses, column filters, NEAR/AND/OR/NOT — is only text: its words
/// are searched for like any others.
/// </summary>
public sealed record SearchQuery(string Text, IReadOnlyList<SearchClause> Clauses)
{
    public const int MaxLength = 200;

    public bool IsEmpty => Clauses.Count == 0;

    /// <remarks>
    /// Clauses are joined by an explicit AND: FTS5 reads juxtaposed strings as AND, but not a string next to a
    /// parenthesised group (an expanded prefix), which it rejects as a syntax error.
    /// </remarks>
    public string ToMatchExpression() => string.Join(" AND ", Clauses.Select(c => c.ToMatchExpression()));

    /// <summary>
    /// The places that write each Arabic word of the query as it was typed (normalised): the first tier of the ranking,
    /// above the places that have only other forms of a word. Null when the query has no such word.
    /// </summary>
    /// <remarks>Every such place is a hit: a word's surface and its term are both its own, and the other clauses still have to match.</remarks>
    public string? ToSurfaceExpression() =>
        Clauses.Select(c => c.ToSurfaceExpression()).OfType<string>().ToList() is { Count: > 0 } surfaces ? string.Join(" AND ", surfaces) : null;

    public static SearchQuery Parse(string? original)
    {
        // Arabic and typographic quotation marks quote a phrase as well as the ASCII one.
        var text = (original ?? "").Replace('«', '"').Replace('»', '"').Replace('“', '"').Replace('”', '"');
        var clauses = new List<SearchClause>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                end = end < 0 ? text.Length : end;
                if (SearchClause.Of(text[(i + 1)..end]) is { } phrase)
                {
                    clauses.Add(phrase);
                }

                i = end + 1;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
                {
                    end++;
                }

                AddToken(text[i..end], clauses);
                i = end;
            }
        }

        return new SearchQuery(original ?? "", clauses);
    }

    private static void AddToken(string token, List<SearchClause> clauses)
    {
        var words = TextAnalyzer.Words(token).ToList();
        var lastIsPrefix = token.EndsWith('*') && words.Count > 0 && words[^1].Start + words[^1].Length == token.TrimEnd('*').Length;
        for (var w = 0; w < words.Count; w++)
        {
            var isPrefix = lastIsPrefix && w == words.Count - 1;
            var word = token.AsSpan(words[w].Start, words[w].Length);
            var term = isPrefix ? TextAnalyzer.PrefixTerm(word) : words[w].Term;
            if (term.Length == 0)
            {
                continue;
            }

            if (!isPrefix)
            {
                var surface = TextAnalyzer.Normalize(word);
                clauses.Add(SearchClause.Of(word.ToString())! with { Surface = TextAnalyzer.ContainsArabicLetter(surface) ? surface : null, Typed = word.ToString() });
                continue;
            }

            // The index holds stems: الصيني* must also match الصينية, whose term is صين, shorter than the prefix.
            var stem = words[w].Term;
            clauses.Add(new SearchClause([term], IsPrefix: true)
            {
                Expansions = stem.Length > 0 && stem != term && term.StartsWith(stem, StringComparison.Ordinal) ? [stem + "*"] : [],
            });
        }
    }
}
