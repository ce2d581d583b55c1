using KazakhArticle.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace KazakhArticle.Core.Search;

/// <summary>
/// One matching place of an article, a heading or a paragraph, in the edition the hit opens (<see cref="Language"/>),
/// with the same place in the other edition (<see cref="Pair"/>): a query finds a place through either.
/// </summary>
/// <param name="Snippet">HTML: a passage of the text, the words the query matched in &lt;mark&gt;.</param>
public sealed record SearchHit(
    string Slug,
    string Language,
    string ArticleTitle,
    string SectionId,
    string SectionTitle,
    string? ParagraphId,
    string Snippet,
    PairedText? Pair)
{
    /// <summary>The place's anchor id: its paragraph's, or its section's for a heading.</summary>
    public string Anchor => ParagraphId ?? SectionId;
}

/// <summary>A hit's place in the article's other edition.</summary>
public sealed record PairedText(string Language, string Snippet);

/// <param name="Correction">
/// When nothing matched the query as typed and words that match nothing were taken for the nearest words of the
/// text: the query as searched, with those words (the results are its). Null when the query was searched as typed.
/// </param>
public sealed record SearchResults(string Query, int Total, IReadOnlyList<SearchHit> Results, string? Correction = null)
{
    public static SearchResults None(string query) => new(query, 0, []);
}

/// <summary>
/// Full-text search over every heading and paragraph, ranked by bm25; a connection per call.
/// </summary>
/// <remarks>
/// The queries go to SQLite directly rather than through a database context: they are FTS5 statements EF cannot
/// compose anyway, and a search is the hottest request the app serves. Microsoft.Data.Sqlite pools the connections.
/// Its async methods run synchronously (SQLite has no async I/O), so the sync ones are called, without the tasks.
/// </remarks>
public sealed partial class ArticleSearch(ReaderConnections connections, ILogger<ArticleSearch> logger)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    private const int MaxExpansions = 50;

    // The page's rowids first: bm25() in ORDER BY with a LIMIT keeps only the best rows as it scans, where FTS5's own
    // ORDER BY rank sorts every hit in full (twice the cost with thousands of hits); the rank is the same, as rank
    // is bm25 by default, and the rowid settles ties. A row is a place in both editions (see SearchIndex), so a query
    // finds the place when each of its words is in either.
    // Above bm25, a tier: the places that write the query's Arabic words as typed come first ($surfaces, see
    // SearchQuery.ToSurfaceExpression; null when there are none, and then the subquery never runs). bm25's column
    // weights cannot do it: a weight multiplies a word's count before it saturates, so a short paragraph with
    // لروسيا outranked long ones with روسيا whatever the weight.
    // Only then are the page's rows read, and highlighted by one more pass over the hits: selected along with the
    // ranking, highlight() and the stored text would be computed for every hit before the sort, and a lookup per
    // page row would parse the expression and seek the index again each time.
    private const string RankedPage = """
        WITH page(id, tier, score) AS MATERIALIZED (
            SELECT rowid,
                   $surfaces IS NOT NULL AND rowid IN (SELECT rowid FROM SearchEntries WHERE SearchEntries MATCH $surfaces),
                   bm25(SearchEntries)
            FROM SearchEntries
            WHERE SearchEntries MATCH $match
            ORDER BY 2 DESC, 3, 1 LIMIT $limit OFFSET $offset)
        """;

    private const string StoredColumns = """
        Slug, SectionId, ParagraphId,
        OriginalLanguage, OriginalArticleTitle, OriginalSectionTitle, OriginalText,
        TranslationLanguage, TranslationArticleTitle, TranslationSectionTitle, TranslationText
        """;

    private const string HighlightedPageSql = RankedPage + "SELECT " + StoredColumns + """
        ,
               highlight(SearchEntries, 0, char(57344), char(57345)), highlight(SearchEntries, 1, char(57344), char(57345))
        FROM SearchEntries CROSS JOIN page ON page.id = SearchEntries.rowid
        WHERE SearchEntries MATCH $match
        ORDER BY page.tier DESC, page.score, page.id
        """;

    // For a query whose matched terms are known beforehand (see MatchesLiterally): no highlight(), so no second
    // pass; the page's rows are read by rowid.
    private const string PageSql = RankedPage + "SELECT " + StoredColumns + """
        , Original, Translation
        FROM page CROSS JOIN SearchEntries ON SearchEntries.rowid = page.id
        ORDER BY page.tier DESC, page.score, page.id
        """;

    private const string CountSql = "SELECT count(*) FROM SearchEntries WHERE SearchEntries MATCH $match";

    // fts5vocab takes a range on term as a seek; GLOB would read every term of the index.
    private const string ExpansionSql =
        "SELECT term FROM SearchVocabulary WHERE term >= $from AND term < $to ORDER BY doc DESC LIMIT $limit";

    private const string VocabularyTermSql = "SELECT 1 FROM SearchVocabulary WHERE term = $term";

    private const string ArticleSql = "SELECT Id FROM Articles WHERE Slug = $slug";

    private const string AnyMatchSql = "SELECT 1 FROM SearchEntries WHERE SearchEntries MATCH $match LIMIT 1";

    private const string NearbyTermsSql =
        "SELECT term, doc FROM SearchVocabulary WHERE term >= $from AND term < $to AND length(term) BETWEEN $shortest AND $longest";

    // Places that have a corrected word, both editions highlighted: the word as the text writes it is read from there.
    private const string CorrectedWordSql = """
        SELECT OriginalText, highlight(SearchEntries, 0, char(57344), char(57345)),
               TranslationText, highlight(SearchEntries, 1, char(57344), char(57345))
        FROM SearchEntries WHERE SearchEntries MATCH $match LIMIT 10
        """;

    private const string MarkedSql = """
        SELECT coalesce(ParagraphId, SectionId),
               OriginalLanguage, highlight(SearchEntries, 0, char(57344), char(57345)),
               TranslationLanguage, highlight(SearchEntries, 1, char(57344), char(57345))
        FROM SearchEntries
        WHERE SearchEntries MATCH $match AND rowid BETWEEN $from AND $to
        """;

    /// <summary>The places where each word of <paramref name="query"/> is in the original or the translation, best first.</summary>
    /// <param name="language">
    /// The edition each hit opens in: its article's edition in that language, or its original when it has none in it
    /// (or when <paramref name="language"/> is null). It chooses where a hit leads, not which text is searched.
    /// </param>
    /// <param name="exact">
    /// Search the words as typed only. Otherwise, when nothing matches, a word that matches nothing is taken for the
    /// nearest words of the text (see <see cref="SpellingTolerance"/>) and <see cref="SearchResults.Correction"/> says so.
    /// </param>
    public Task<SearchResults> SearchAsync(string query, string? language, int offset = 0, int limit = DefaultLimit, bool exact = false, CancellationToken cancellationToken = default)
    {
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty || query.Length > SearchQuery.MaxLength)
        {
            return Task.FromResult(SearchResults.None(query));
        }

        cancellationToken.ThrowIfCancellationRequested();
        offset = Math.Max(0, offset);
        limit = Math.Clamp(limit, 1, MaxLimit);
        using var connection = connections.Open();
        using var snapshot = Snapshot(connection);
        var expanded = Expand(connection, parsed);
        var match = expanded.ToMatchExpression();
        try
        {
            var results = Search(connection, query, expanded, match, language, offset, limit);
            if (results.Total > 0 || exact || Correct(connection, expanded) is not { } corrected)
            {
                return Task.FromResult(results);
            }

            match = corrected.Query.ToMatchExpression();
            var again = Search(connection, query, corrected.Query, match, language, offset, limit);
            return Task.FromResult(again.Total > 0 ? again with { Correction = corrected.Text } : results);
        }
        catch (SqliteException ex)
        {
            // A cache that cannot be read is no empty result: it is rebuilt, and the reader is told to come back.
            if (connections.ReportFault(ex))
            {
                throw;
            }

            // The expression is built only of quoted terms, so this should not happen; if it does, the reader gets no hits, not an error.
            LogQueryFailed(match, ex.Message);
            return Task.FromResult(SearchResults.None(query));
        }
    }

    /// <param name="match">The expanded query's FTS5 expression, built once by the caller (which also logs it on failure).</param>
    private static SearchResults Search(SqliteConnection connection, string query, SearchQuery expanded, string match, string? language, int offset, int limit)
    {
        var literalTerms = MatchesLiterally(expanded) ? expanded.Clauses.SelectMany(c => c.AllTerms).ToHashSet(StringComparer.Ordinal) : null;
        var hits = new List<SearchHit>(limit);
        using (var page = connection.CreateCommand())
        {
            page.CommandText = literalTerms is null ? HighlightedPageSql : PageSql;
            page.Parameters.AddWithValue("$match", match);
            page.Parameters.AddWithValue("$surfaces", expanded.ToSurfaceExpression() ?? (object)DBNull.Value);
            page.Parameters.AddWithValue("$limit", limit);
            page.Parameters.AddWithValue("$offset", offset);
            using var reader = page.ExecuteReader();
            while (reader.Read())
            {
                hits.Add(ToHit(reader, language, literalTerms));
            }
        }

        // A page that is not full tells the total, unless it is empty past the end.
        var total = hits.Count < limit && (hits.Count > 0 || offset == 0) ? offset + hits.Count : Count(connection, match);
        return new SearchResults(query, total, hits);
    }

    /// <summary>
    /// The query with each plain word that matches nothing also matching the nearest terms of the index, and its text
    /// with those words as the text writes them; null when no such word has a near term.
    /// </summary>
    private static (SearchQuery Query, string Text)? Correct(SqliteConnection connection, SearchQuery query)
    {
        var clauses = new List<SearchClause>(query.Clauses.Count);
        var text = query.Text;
        var cursor = 0;
        var corrected = false;
        foreach (var clause in query.Clauses)
        {
            var at = clause.Typed is null ? -1 : text.IndexOf(clause.Typed, cursor, StringComparison.Ordinal);
            if (at < 0 || clause.IsPrefix || clause.IsPhrase || HasMatch(connection, clause.ToMatchExpression())
                || NearestTerms(connection, clause.Terms[0]) is not { Count: > 0 } nearest)
            {
                clauses.Add(clause);
                cursor = at < 0 ? cursor : at + clause.Typed!.Length;
                continue;
            }

            var replacement = clause with { Expansions = nearest };
            var word = WordAsWritten(connection, nearest[0]) ?? nearest[0];
            clauses.Add(replacement);
            text = string.Concat(text.AsSpan(0, at), word, text.AsSpan(at + clause.Typed!.Length));
            cursor = at + word.Length;
            corrected = true;
        }

        return corrected ? (query with { Clauses = clauses }, text) : null;
    }

    private static bool HasMatch(SqliteConnection connection, string match)
    {
        using var command = connection.CreateCommand();
        command.CommandText = AnyMatchSql;
        command.Parameters.AddWithValue("$match", match);
        return command.ExecuteScalar() is not null;
    }

    private static IReadOnlyList<string> NearestTerms(SqliteConnection connection, string term)
    {
        var edits = SpellingTolerance.MaxEdits(term);
        if (edits == 0)
        {
            return [];
        }

        var (from, to) = SpellingTolerance.Range(term);
        using var command = connection.CreateCommand();
        command.CommandText = NearbyTermsSql;
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
        // An English term in the index may be a few letters shorter than the word typed: the stemmer's ending.
        command.Parameters.AddWithValue("$shortest", term.Length - edits - 2);
        command.Parameters.AddWithValue("$longest", term.Length + edits);
        var vocabulary = new List<(string, long)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            vocabulary.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return SpellingTolerance.Nearest(term, vocabulary);
    }

    /// <summary>
    /// A corrected word as the text writes it (Uyghurs, not the index's uyghur): the shortest form of it in the first
    /// places that have it, so that قيرغيزستان is shown rather than وقيرغيزستان.
    /// </summary>
    private static string? WordAsWritten(SqliteConnection connection, string term)
    {
        using var command = connection.CreateCommand();
        command.CommandText = CorrectedWordSql;
        command.Parameters.AddWithValue("$match", new SearchClause([term], IsPrefix: false).ToMatchExpression());
        string? shortest = null;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            for (var side = 0; side < 4 && !reader.IsDBNull(side); side += 2)
            {
                var highlighted = reader.GetString(side + 1);
                if (highlighted.Contains(HitMarker.Open, StringComparison.Ordinal)
                    && HitMarker.FirstMarkedWord(reader.GetString(side), highlighted) is { } word
                    && (shortest is null || word.Length < shortest.Length))
                {
                    shortest = word;
                }
            }
        }

        return shortest;
    }

    /// <summary>
    /// For each language of an article, the places (by anchor id) where a query matched in it, each with its index
    /// text as highlight() marked it: what to mark on the page, word by word (see <see cref="HitMarker.MarkHtml(string, string)"/>).
    /// </summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> MatchedPlacesAsync(string slug, string query, CancellationToken cancellationToken = default)
    {
        var none = Task.FromResult<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>>(new Dictionary<string, IReadOnlyDictionary<string, string>>());
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty || query.Length > SearchQuery.MaxLength)
        {
            return none;
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var connection = connections.Open();
        using var snapshot = Snapshot(connection);
        long articleId;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = ArticleSql;
            command.Parameters.AddWithValue("$slug", slug);
            if (command.ExecuteScalar() is not long id)
            {
                return none;
            }

            articleId = id;
        }

        var match = Expand(connection, parsed).ToMatchExpression();
        try
        {
            var places = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            using var command = connection.CreateCommand();
            command.CommandText = MarkedSql;
            command.Parameters.AddWithValue("$match", match);
            (var from, var to) = SearchRowIds.Article(checked((int)articleId));
            command.Parameters.AddWithValue("$from", from);
            command.Parameters.AddWithValue("$to", to);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                // Columns: the place's anchor, then each edition's language and highlighted terms.
                for (var side = 1; side < 5 && !reader.IsDBNull(side); side += 2)
                {
                    var highlighted = reader.GetString(side + 1);
                    if (!highlighted.Contains(HitMarker.Open, StringComparison.Ordinal))
                    {
                        continue; // the place matched in the other edition only
                    }

                    var language = reader.GetString(side);
                    if (!places.TryGetValue(language, out var edition))
                    {
                        places[language] = edition = new Dictionary<string, string>(StringComparer.Ordinal);
                    }

                    edition[reader.GetString(0)] = highlighted;
                }
            }

            return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>>(
                places.ToDictionary(p => p.Key, IReadOnlyDictionary<string, string> (p) => p.Value, StringComparer.Ordinal));
        }
        catch (SqliteException ex)
        {
            if (connections.ReportFault(ex))
            {
                throw;
            }

            LogQueryFailed(match, ex.Message);
            return none;
        }
    }

    /// <summary>
    /// Whether FTS5's tokenizer takes every term of the query as it is, so the terms it matches in a hit are the
    /// query's own and highlight() need not say which: plain words (a prefix matches other words), all of Arabic
    /// letters and digits, which neither the porter stemmer (it knows ASCII endings only) nor unicode61 (no case, no
    /// diacritics left) changes. highlight() costs the most on Arabic text: unicode61 looks every non-ASCII character
    /// up in its tables.
    /// Not a phrase, nor a word with a phrase among its forms (a name's, الناتو for حلف شمال الأطلسي): their words are
    /// marked only where the phrase stands, which only highlight() says (الطريق alone is not «طريق الحرير»).
    /// </summary>
    private static bool MatchesLiterally(SearchQuery query) =>
        query.Clauses.All(c => !c.IsPrefix && !c.IsPhrase && !c.Expansions.Any(e => e.Contains(' ', StringComparison.Ordinal))
            && c.AllTerms.All(t => t.All(ch => ch is >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u064A' or >= '0' and <= '9')));

    private static HashSet<string> MarkedTerms(string highlighted)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        HitMarker.AddMarkedTerms(highlighted, terms);
        return terms;
    }

    /// <summary>
    /// One read transaction for every statement of a call, so that they see the same database: the importer may
    /// commit between two of them (a new total, a re-imported article under a new id). Readers never block it.
    /// </summary>
    private static SqliteTransaction Snapshot(SqliteConnection connection) => connection.BeginTransaction(deferred: true);

    private static int Count(SqliteConnection connection, string match)
    {
        using var count = connection.CreateCommand();
        count.CommandText = CountSql;
        count.Parameters.AddWithValue("$match", match);
        return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>What the index itself says a query also means: Latin prefixes' whole terms, other names for a name, and split compounds.</summary>
    private static SearchQuery Expand(SqliteConnection connection, SearchQuery query) =>
        JoinCompounds(connection, SearchAliases.Expand(connection, ExpandPrefixes(connection, query)));

    /// <summary>
    /// Two Arabic words typed apart that the text writes as one (نور سلطان for نورسلطان): when the joined word is a term
    /// of the index, the pair matches as a phrase or as that word, not as two words anywhere in a paragraph.
    /// </summary>
    private static SearchQuery JoinCompounds(SqliteConnection connection, SearchQuery query)
    {
        if (query.Clauses.Count < 2)
        {
            return query;
        }

        var clauses = new List<SearchClause>(query.Clauses.Count);
        var joinedAny = false;
        for (var i = 0; i < query.Clauses.Count; i++)
        {
            var clause = query.Clauses[i];
            if (i + 1 < query.Clauses.Count && clause.Surface is { } first && query.Clauses[i + 1].Surface is { } second
                && TextAnalyzer.Term(first + second) is var joined && IsIndexTerm(connection, joined))
            {
                clauses.Add(new SearchClause([clause.Terms[0], query.Clauses[i + 1].Terms[0]], IsPrefix: false) { Expansions = [joined] });
                joinedAny = true;
                i++;
                continue;
            }

            clauses.Add(clause);
        }

        return joinedAny ? query with { Clauses = clauses } : query;
    }

    private static bool IsIndexTerm(SqliteConnection connection, string term)
    {
        using var command = connection.CreateCommand();
        command.CommandText = VocabularyTermSql;
        command.Parameters.AddWithValue("$term", term);
        return command.ExecuteScalar() is not null;
    }

    /// <summary>
    /// The porter tokenizer stems a query's prefix as if it were a word ("nazarbay" becomes "nazarbai"), so a Latin
    /// prefix also matches the index's own terms that start with it, looked up in the vocabulary table.
    /// </summary>
    private static SearchQuery ExpandPrefixes(SqliteConnection connection, SearchQuery query)
    {
        if (!query.Clauses.Any(IsExpandable))
        {
            return query;
        }

        var clauses = new List<SearchClause>(query.Clauses.Count);
        foreach (var clause in query.Clauses)
        {
            if (!IsExpandable(clause))
            {
                clauses.Add(clause);
                continue;
            }

            // Every term that starts with the prefix, and only those: the prefix is ASCII letters and digits, so the
            // next string after all of them is the prefix with its last character raised by one.
            var prefix = clause.Terms[0];
            using var command = connection.CreateCommand();
            command.CommandText = ExpansionSql;
            command.Parameters.AddWithValue("$from", prefix);
            command.Parameters.AddWithValue("$to", string.Concat(prefix.AsSpan(0, prefix.Length - 1), [(char)(prefix[^1] + 1)]));
            command.Parameters.AddWithValue("$limit", MaxExpansions);
            var terms = new List<string>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                terms.Add(reader.GetString(0));
            }

            clauses.Add(clause with { Expansions = terms });
        }

        return query with { Clauses = clauses };
    }

    private static bool IsExpandable(SearchClause clause) => clause.IsPrefix && clause.Terms[0].All(char.IsAsciiLetterOrDigit);

    /// <summary>
    /// A page row as a hit: the side in <paramref name="language"/> (or the original) is the one it opens, the other
    /// its pair. Each side's snippet is marked from its own column of terms: the query's own when it matches
    /// literally, or those highlight() marked.
    /// </summary>
    private static SearchHit ToHit(SqliteDataReader row, string? language, IReadOnlySet<string>? literalTerms)
    {
        // Columns: Slug 0, SectionId 1, ParagraphId 2; the original's language, article title, section title and text
        // 3–6, the translation's 7–10; then the original's terms 11 and the translation's 12, highlighted or not.
        var hasTranslation = !row.IsDBNull(7);
        var opensTranslation = hasTranslation && language == row.GetString(7);
        var (opened, other) = opensTranslation ? (7, 3) : (3, 7);
        var openedTerms = opensTranslation ? 12 : 11;
        return new SearchHit(
            Slug: row.GetString(0),
            Language: row.GetString(opened),
            ArticleTitle: row.GetString(opened + 1),
            SectionId: row.GetString(1),
            SectionTitle: row.GetString(opened + 2),
            ParagraphId: row.IsDBNull(2) ? null : row.GetString(2),
            Snippet: Snippet(row, opened + 3, openedTerms, literalTerms),
            Pair: hasTranslation ? new PairedText(row.GetString(other), Snippet(row, other + 3, opensTranslation ? 11 : 12, literalTerms)) : null);
    }

    private static string Snippet(SqliteDataReader row, int text, int terms, IReadOnlySet<string>? literalTerms)
    {
        var indexText = row.GetString(terms);
        return HitMarker.Snippet(row.GetString(text), indexText, literalTerms ?? MarkedTerms(indexText));
    }

    // One line, without the stack: the expression and SQLite's reason are what tell why; the stack is always this method.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Search expression {Match} failed: {Reason}")]
    private partial void LogQueryFailed(string match, string reason);
}
