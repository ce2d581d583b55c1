namespace KazakhArticle.Core.Search;

/// <summary>
/// Which terms of the index a query word that matches nothing may have meant: those within a small edit distance
/// (optimal string alignment: a letter added, dropped or changed, or two neighbours swapped), for words long enough
/// that one edit does not turn them into another common word. Only the index's own terms are offered, so a
/// correction always finds something.
/// </summary>
internal static class SpellingTolerance
{
    /// <summary>Shorter terms are left as typed: one edit away from a four-letter word is too often another word.</summary>
    public const int MinLength = 5;

    /// <summary>How many edits a term may be corrected by: one from five letters, two from eight.</summary>
    public static int MaxEdits(string term) => term.Length >= 8 ? 2 : term.Length >= MinLength ? 1 : 0;

    /// <summary>
    /// The vocabulary range to look in: candidates share the term's first letter. Readers seldom mistype the first
    /// letter of a name, and it keeps the look-up a seek rather than a scan of every term.
    /// </summary>
    public static (string From, string To) Range(string term) => (term[..1], ((char)(term[0] + 1)).ToString());

    /// <summary>
    /// The nearest term of <paramref name="vocabulary"/> (with the number of places each is in), if any is near enough:
    /// the fewest edits; then the one reached from the word as the stemmer would leave it (ruble is one edit from
    /// rule as typed, and from rouble's stem roubl as rubl, its own stem); then the length nearest; then the most
    /// places. One only: a second, farther term is as likely another word.
    /// </summary>
    /// <remarks>
    /// English terms in the index are Porter stems (uyghur for Uyghurs, vostochni for Vostochny), and a query word is
    /// not stemmed until SQLite reads it: it is compared as typed and without the endings the stemmer most often
    /// takes (a plural s or es, a final e, y as i). Arabic terms are stemmed alike on both sides already.
    /// </remarks>
    public static IReadOnlyList<string> Nearest(string term, IEnumerable<(string Term, long Places)> vocabulary)
    {
        var limit = MaxEdits(term);
        if (limit == 0)
        {
            return [];
        }

        var forms = IsLatin(term) ? StemmedForms(term) : [term];
        var found = new List<(string Term, int Distance, int Raw, int LengthGap, long Places)>();
        foreach (var (candidate, places) in vocabulary)
        {
            if (candidate == term || candidate.Length < MinLength - 1)
            {
                continue;
            }

            // Per form: its edits, whether it is the word as typed (the stemmed forms come after it), its length gap.
            var (distance, raw, gap) = forms
                .Select((form, i) => (Distance(form, candidate, limit), i == 0 && forms.Length > 1 ? 1 : 0, Math.Abs(form.Length - candidate.Length)))
                .Min();
            if (distance <= limit)
            {
                found.Add((candidate, distance, raw, gap, places));
            }
        }

        if (found.Count == 0)
        {
            return [];
        }

        var best = found.OrderBy(f => f.Distance).ThenBy(f => f.Raw).ThenBy(f => f.LengthGap).ThenByDescending(f => f.Places).ThenBy(f => f.Term, StringComparer.Ordinal).First();
        return [best.Term];
    }

    private static string[] StemmedForms(string term)
    {
        var forms = new List<string> { term };
        if (term.EndsWith("es", StringComparison.Ordinal))
        {
            forms.Add(term[..^2]);
        }

        if (term[^1] is 's' or 'e')
        {
            forms.Add(term[..^1]);
        }

        if (term[^1] == 'y')
        {
            forms.Add(term[..^1] + "i");
        }

        return [.. forms];
    }

    private static bool IsLatin(string term) => term.All(char.IsAsciiLetterOrDigit);

    /// <summary>The optimal string alignment distance, or <paramref name="limit"/> + 1 once it is certainly above it.</summary>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Three rows of the dynamic programme: two back for a swap of neighbours.
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
