using KazakhArticle.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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

/// <summary>Full-text search over every heading and paragraph, ranked by bm25; a database context per call.</summary>
public sealed partial class ArticleSearch(IDbContextFactory<ReaderDbContext> dbFactory, ILogger<ArticleSearch> logger)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <param name="language">"ar", "en", or null for every language.</param>
    public async Task<SearchResults> SearchAsync(string query, string? language, int offset = 0, int limit = DefaultLimit, CancellationToken cancellationToken = default)
    {
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty || query.Length > SearchQuery.MaxLength)
        {
            return SearchResults.None(query);
        }

        offset = Math.Max(0, offset);
        limit = Math.Clamp(limit, 1, MaxLimit);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var match = (await ExpandPrefixesAsync(db, parsed, cancellationToken)).ToMatchExpression();
        try
        {
            var total = await db.Database
                .SqlQuery<int>($"SELECT COUNT(*) AS Value FROM SearchEntries WHERE SearchEntries MATCH {match} AND ({language} IS NULL OR Language = {language})")
                .SingleAsync(cancellationToken);
            var rows = await db.Database
                .SqlQuery<SearchRow>($"""
                    SELECT Text, Slug, Language, ArticleTitle, SectionId, SectionTitle, ParagraphId,
                           highlight(SearchEntries, 0, char(57344), char(57345)) AS Highlighted
                    FROM SearchEntries
                    WHERE SearchEntries MATCH {match} AND ({language} IS NULL OR Language = {language})
                    ORDER BY rank
                    LIMIT {limit} OFFSET {offset}
                    """)
                .ToListAsync(cancellationToken);
            return new SearchResults(query, total, rows.Select(row => ToHit(row, query)).ToList());
        }
        catch (SqliteException ex)
        {
            // The expression is built only of quoted terms, so this should not happen; if it does, the reader gets no hits, not an error.
            LogQueryFailed(ex, match);
            return SearchResults.None(query);
        }
    }

    /// <summary>For each language of an article, the terms a query matched in it: what to mark on the page.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> MatchedTermsAsync(string slug, string query, CancellationToken cancellationToken = default)
    {
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty || query.Length > SearchQuery.MaxLength)
        {
            return new Dictionary<string, IReadOnlySet<string>>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var match = (await ExpandPrefixesAsync(db, parsed, cancellationToken)).ToMatchExpression();
        try
        {
            var rows = await db.Database
                .SqlQuery<MarkedRow>($"""
                    SELECT Language, highlight(SearchEntries, 0, char(57344), char(57345)) AS Highlighted
                    FROM SearchEntries
                    WHERE SearchEntries MATCH {match} AND Slug = {slug}
                    """)
                .ToListAsync(cancellationToken);
            return rows.GroupBy(r => r.Language).ToDictionary(
                g => g.Key,
                g => (IReadOnlySet<string>)g.SelectMany(r => HitMarker.MarkedTerms(r.Highlighted)).ToHashSet(StringComparer.Ordinal));
        }
        catch (SqliteException ex)
        {
            LogQueryFailed(ex, match);
            return new Dictionary<string, IReadOnlySet<string>>();
        }
    }

    /// <summary>
    /// The porter tokenizer stems a query's prefix as if it were a word ("nazarbay" becomes "nazarbai"), so a Latin
    /// prefix also matches the index's own terms that start with it, looked up in the vocabulary table.
    /// </summary>
    private static async Task<SearchQuery> ExpandPrefixesAsync(ReaderDbContext db, SearchQuery query, CancellationToken cancellationToken)
    {
        const int MaxExpansions = 50;
        var clauses = new List<SearchClause>(query.Clauses.Count);
        foreach (var clause in query.Clauses)
        {
            var prefix = clause.Terms[0];
            if (!clause.IsPrefix || !prefix.All(char.IsAsciiLetterOrDigit))
            {
                clauses.Add(clause);
                continue;
            }

            var terms = await db.Database
                .SqlQuery<string>($"SELECT term AS Value FROM SearchVocabulary WHERE term GLOB {prefix + "*"} ORDER BY doc DESC LIMIT {MaxExpansions}")
                .ToListAsync(cancellationToken);
            clauses.Add(clause with { Expansions = terms });
        }

        return query with { Clauses = clauses };
    }

    private static SearchHit ToHit(SearchRow row, string query)
    {
        var anchor = row.ParagraphId ?? row.SectionId;
        var terms = HitMarker.MarkedTerms(row.Highlighted).ToHashSet(StringComparer.Ordinal);
        return new SearchHit(
            row.Slug,
            row.Language,
            row.ArticleTitle,
            row.SectionId,
            row.SectionTitle,
            row.ParagraphId,
            // The matching language's view, with the query so the page marks the words too.
            Url: $"/articles/{row.Slug}?view={row.Language}&q={Uri.EscapeDataString(query)}#{anchor}",
            Snippet: HitMarker.Snippet(row.Text, terms));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search expression {Match} failed")]
    private partial void LogQueryFailed(Exception exception, string match);

    private sealed class SearchRow
    {
        public string Text { get; set; } = "";

        public string Slug { get; set; } = "";

        public string Language { get; set; } = "";

        public string ArticleTitle { get; set; } = "";

        public string SectionId { get; set; } = "";

        public string SectionTitle { get; set; } = "";

        public string? ParagraphId { get; set; }

        public string Highlighted { get; set; } = "";
    }

    private sealed class MarkedRow
    {
        public string Language { get; set; } = "";

        public string Highlighted { get; set; } = "";
    }
}
