using KazakhArticle.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace KazakhArticle.Core.Search;

/// <summary>One matching heading or paragraph.</summary>
public sealed record SearchHit(
    string Slug,
    string Language,
    string ArticleTitle,
    string SectionId,
    string SectionTitle,
    string? ParagraphId,
    string Url,
    string Snippet);

public sealed record SearchResults(string Query, int Total, IReadOnlyList<SearchHit> Results)
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
    // is bm25 by default, and the rowid settles ties. The language filter is a rowid range (see SearchRowIds).
    // Only then are the page's rows read, and highlighted by one more pass over the hits: selected along with the
    // ranking, highlight() and the stored text would be computed for every hit before the sort, and a lookup per
    // page row would parse the expression and seek the index again each time.
    private const string RankedPage = """
        WITH page(id, score) AS MATERIALIZED (
            SELECT rowid, bm25(SearchEntries) FROM SearchEntries
            WHERE SearchEntries MATCH $match AND rowid BETWEEN $from AND $to
            ORDER BY 2, 1 LIMIT $limit OFFSET $offset)
        """;

    private const string HighlightedPageSql = RankedPage + """
        SELECT Text, Slug, Language, ArticleTitle, SectionId, SectionTitle, ParagraphId,
               highlight(SearchEntries, 0, char(57344), char(57345))
        FROM SearchEntries CROSS JOIN page ON page.id = SearchEntries.rowid
        WHERE SearchEntries MATCH $match
        ORDER BY page.score, page.id
        """;

    // For a query whose matched terms are known beforehand (see MatchesLiterally): no highlight(), so no second
    // pass; the page's rows are read by rowid.
    private const string PageSql = RankedPage + """
        SELECT Text, Slug, Language, ArticleTitle, SectionId, SectionTitle, ParagraphId, Terms
        FROM page CROSS JOIN SearchEntries ON SearchEntries.rowid = page.id
        ORDER BY page.score, page.id
        """;

    private const string CountSql =
        "SELECT count(*) FROM SearchEntries WHERE SearchEntries MATCH $match AND rowid BETWEEN $from AND $to";

    // fts5vocab takes a range on term as a seek; GLOB would read every term of the index.
    private const string ExpansionSql =
        "SELECT term FROM SearchVocabulary WHERE term >= $from AND term < $to ORDER BY doc DESC LIMIT $limit";

    private const string VocabularyTermSql = "SELECT 1 FROM SearchVocabulary WHERE term = $term";

    private const string EditionsSql = "SELECT a.Id, e.Language FROM Articles a JOIN Editions e ON e.ArticleId = a.Id WHERE a.Slug = $slug";

    private const string MarkedSql = """
        SELECT highlight(SearchEntries, 0, char(57344), char(57345))
        FROM SearchEntries
        WHERE SearchEntries MATCH $match AND rowid BETWEEN $from AND $to
        """;

    /// <param name="language">"ar", "en", or null for every language.</param>
    public Task<SearchResults> SearchAsync(string query, string? language, int offset = 0, int limit = DefaultLimit, CancellationToken cancellationToken = default)
    {
        var parsed = SearchQuery.Parse(query);
        long from = long.MinValue, to = long.MaxValue;
        if (parsed.IsEmpty || query.Length > SearchQuery.MaxLength
            || (language is not null && !SearchRowIds.TryCode(language, out _)))
        {
            return Task.FromResult(SearchResults.None(query));
        }

        if (language is not null)
        {
            (from, to) = SearchRowIds.Language(language);
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
            var literalTerms = MatchesLiterally(expanded) ? expanded.Clauses.SelectMany(c => c.AllTerms).ToHashSet(StringComparer.Ordinal) : null;
            var hits = new List<SearchHit>(limit);
            var escapedQuery = Uri.EscapeDataString(query);
            using (var page = connection.CreateCommand())
            {
                page.CommandText = literalTerms is null ? HighlightedPageSql : PageSql;
                page.Parameters.AddWithValue("$match", match);
                page.Parameters.AddWithValue("$from", from);
                page.Parameters.AddWithValue("$to", to);
                page.Parameters.AddWithValue("$limit", limit);
                page.Parameters.AddWithValue("$offset", offset);
                using var reader = page.ExecuteReader();
                while (reader.Read())
                {
                    // Column 7 is the index text, highlighted or not: the snippet reads each word's term from it.
                    var indexText = reader.GetString(7);
                    hits.Add(ToHit(reader, indexText, escapedQuery, literalTerms ?? MarkedTerms(indexText)));
                }
            }

            // A page that is not full tells the total, unless it is empty past the end.
            var total = hits.Count < limit && (hits.Count > 0 || offset == 0) ? offset + hits.Count : Count(connection, match, from, to);
            return Task.FromResult(new SearchResults(query, total, hits));
        }
        catch (SqliteException ex)
        {
            // The expression is built only of quoted terms, so this should not happen; if it does, the reader gets no hits, not an error.
            LogQueryFailed(match, ex.Message);
            return Task.FromResult(SearchResults.None(query));
        }
    }

    /// <summary>For each language of an article, the terms a query matched in it: what to mark on the page.</summary>
    public Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> MatchedTermsAsync(string slug, string query, CancellationToken cancellationToken = default)
    {
        var none = Task.FromResult<IReadOnlyDictionary<string, IReadOnlySet<string>>>(new Dictionary<string, IReadOnlySet<string>>());
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty || query.Length > SearchQuery.MaxLength)
        {
            return none;
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var connection = connections.Open();
        using var snapshot = Snapshot(connection);
        var editions = new List<(int ArticleId, string Language)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = EditionsSql;
            command.Parameters.AddWithValue("$slug", slug);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                editions.Add((reader.GetInt32(0), reader.GetString(1)));
            }
        }

        if (editions.Count == 0)
        {
            return none;
        }

        var match = Expand(connection, parsed).ToMatchExpression();
        try
        {
            var terms = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
            using var command = connection.CreateCommand();
            command.CommandText = MarkedSql;
            command.Parameters.AddWithValue("$match", match);
            var fromParameter = command.Parameters.Add("$from", SqliteType.Integer);
            var toParameter = command.Parameters.Add("$to", SqliteType.Integer);
            foreach (var (articleId, language) in editions)
            {
                (fromParameter.Value, toParameter.Value) = SearchRowIds.Article(language, articleId);
                var set = new HashSet<string>(StringComparer.Ordinal);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    HitMarker.AddMarkedTerms(reader.GetString(0), set);
                }

                if (set.Count > 0)
                {
                    terms[language] = set;
                }
            }

            return Task.FromResult<IReadOnlyDictionary<string, IReadOnlySet<string>>>(terms);
        }
        catch (SqliteException ex)
        {
            LogQueryFailed(match, ex.Message);
            return none;
        }
    }

    /// <summary>
    /// Whether FTS5's tokenizer takes every term of the query as it is, so the terms it matches in a hit are the
    /// query's own and highlight() need not say which: plain words and phrases (a prefix matches other words),
    /// all of Arabic letters and digits, which neither the porter stemmer (it knows ASCII endings only) nor
    /// unicode61 (no case, no diacritics left) changes. highlight() costs the most on Arabic text: unicode61
    /// looks every non-ASCII character up in its tables.
    /// A phrase with proclitic forms is the exception: a hit may have matched only one of its forms (لطريق الحرير), and
    /// the words of the others (الطريق alone) are not the phrase's.
    private static bool MatchesLiterally(SearchQuery query) =>
        query.Clauses.All(c => !c.IsPrefix && !(c.IsPhrase && c.Expansions.Count > 0)
            && c.Terms.All(t => t.All(ch => ch is >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u064A' or >= '0' and <= '9')));

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

    private static int Count(SqliteConnection connection, string match, long from, long to)
    {
        using var count = connection.CreateCommand();
        count.CommandText = CountSql;
        count.Parameters.AddWithValue("$match", match);
        count.Parameters.AddWithValue("$from", from);
        count.Parameters.AddWithValue("$to", to);
        return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>What the index itself says a query also means: Latin prefixes' whole terms, and split compounds.</summary>
    private static SearchQuery Expand(SqliteConnection connection, SearchQuery query) => JoinCompounds(connection, ExpandPrefixes(connection, query));

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

    private static SearchHit ToHit(SqliteDataReader row, string indexText, string escapedQuery, IReadOnlySet<string> terms)
    {
        var slug = row.GetString(1);
        var language = row.GetString(2);
        var sectionId = row.GetString(4);
        var paragraphId = row.IsDBNull(6) ? null : row.GetString(6);
        return new SearchHit(
            slug,
            language,
            ArticleTitle: row.GetString(3),
            sectionId,
            SectionTitle: row.GetString(5),
            paragraphId,
            // The matching language's view, with the query so the page marks the words too.
            Url: $"/articles/{slug}?view={language}&q={escapedQuery}#{paragraphId ?? sectionId}",
            Snippet: HitMarker.Snippet(row.GetString(0), indexText, terms));
    }

    // One line, without the stack: the expression and SQLite's reason are what tell why; the stack is always this method.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Search expression {Match} failed: {Reason}")]
    private partial void LogQueryFailed(string match, string reason);
}
