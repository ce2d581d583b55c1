using KazakhArticle.Core.Search;
using KazakhArticle.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KazakhArticle.Core.Tests.Search.Reference;

/// <summary>
/// ArticleSearch as it was before it was made fast: a count, then FTS5's ORDER BY rank with highlight() on every
/// row, through EF, filtering on the stored Slug column. The oracle for totals, ranking and marks.
/// </summary>
/// <remarks>
/// Its ranking, written plainly: first the places that write the query's Arabic words as typed, then by rank.
/// </remarks>
internal sealed class ReferenceSearch(IDbContextFactory<ReaderDbContext> dbFactory)
{
    public async Task<SearchResults> SearchAsync(string query, string? language, int offset = 0, int limit = ArticleSearch.DefaultLimit)
    {
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty || query.Length > SearchQuery.MaxLength)
        {
            return SearchResults.None(query);
        }

        offset = Math.Max(0, offset);
        limit = Math.Clamp(limit, 1, ArticleSearch.MaxLimit);
        await using var db = await dbFactory.CreateDbContextAsync();
        var expanded = await ExpandAsync(db, parsed);
        var match = expanded.ToMatchExpression();
        var surfaces = expanded.ToSurfaceExpression() ?? "\"\uE002\""; // a surface no text has: the mark alone
        var total = await db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS Value FROM SearchEntries WHERE SearchEntries MATCH {match}")
            .SingleAsync();
        var rows = await db.Database
            .SqlQuery<SearchRow>($"""
                SELECT Slug, SectionId, ParagraphId,
                       OriginalLanguage, OriginalArticleTitle, OriginalSectionTitle, OriginalText,
                       TranslationLanguage, TranslationArticleTitle, TranslationSectionTitle, TranslationText,
                       highlight(SearchEntries, 0, char(57344), char(57345)) AS OriginalHighlighted,
                       highlight(SearchEntries, 1, char(57344), char(57345)) AS TranslationHighlighted
                FROM SearchEntries
                WHERE SearchEntries MATCH {match}
                ORDER BY rowid IN (SELECT rowid FROM SearchEntries WHERE SearchEntries MATCH {surfaces}) DESC, rank
                LIMIT {limit} OFFSET {offset}
                """)
            .ToListAsync();
        return new SearchResults(query, total, rows.Select(row => ToHit(row, language)).ToList());
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> MatchedTermsAsync(string slug, string query)
    {
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty || query.Length > SearchQuery.MaxLength)
        {
            return new Dictionary<string, IReadOnlySet<string>>();
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var match = (await ExpandAsync(db, parsed)).ToMatchExpression();
        var rows = await db.Database
            .SqlQuery<MarkedRow>($"""
                SELECT OriginalLanguage AS Language, highlight(SearchEntries, 0, char(57344), char(57345)) AS Highlighted
                FROM SearchEntries WHERE SearchEntries MATCH {match} AND Slug = {slug}
                UNION ALL
                SELECT TranslationLanguage AS Language, highlight(SearchEntries, 1, char(57344), char(57345)) AS Highlighted
                FROM SearchEntries WHERE SearchEntries MATCH {match} AND Slug = {slug} AND TranslationLanguage IS NOT NULL
                """)
            .ToListAsync();
        return rows
            .GroupBy(r => r.Language)
            .Select(g => (g.Key, Terms: g.SelectMany(r => ReferenceMarker.MarkedTerms(r.Highlighted)).ToHashSet(StringComparer.Ordinal)))
            .Where(g => g.Terms.Count > 0)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Terms);
    }

    /// <summary>Prefixes as before; then other names for a name, as the search expands them (what is compared here is what follows).</summary>
    private static async Task<SearchQuery> ExpandAsync(ReaderDbContext db, SearchQuery query)
    {
        var expanded = await ExpandPrefixesAsync(db, query);
        await db.Database.OpenConnectionAsync();
        return SearchAliases.Expand((SqliteConnection)db.Database.GetDbConnection(), expanded);
    }

    private static async Task<SearchQuery> ExpandPrefixesAsync(ReaderDbContext db, SearchQuery query)
    {
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
                .SqlQuery<string>($"SELECT term AS Value FROM SearchVocabulary WHERE term GLOB {prefix + "*"} ORDER BY doc DESC LIMIT {50}")
                .ToListAsync();
            clauses.Add(clause with { Expansions = terms });
        }

        return query with { Clauses = clauses };
    }

    private static SearchHit ToHit(SearchRow row, string? language)
    {
        var original = (row.OriginalLanguage, row.OriginalArticleTitle, row.OriginalSectionTitle, Snippet: Snippet(row.OriginalText, row.OriginalHighlighted));
        if (row.TranslationLanguage is null)
        {
            return new SearchHit(row.Slug, original.OriginalLanguage, original.OriginalArticleTitle, row.SectionId, original.OriginalSectionTitle, row.ParagraphId, original.Snippet, null);
        }

        var translationSnippet = Snippet(row.TranslationText!, row.TranslationHighlighted!);
        return language == row.TranslationLanguage
            ? new SearchHit(row.Slug, row.TranslationLanguage, row.TranslationArticleTitle!, row.SectionId, row.TranslationSectionTitle!, row.ParagraphId, translationSnippet, new PairedText(row.OriginalLanguage, original.Snippet))
            : new SearchHit(row.Slug, row.OriginalLanguage, row.OriginalArticleTitle, row.SectionId, row.OriginalSectionTitle, row.ParagraphId, original.Snippet, new PairedText(row.TranslationLanguage, translationSnippet));
    }

    private static string Snippet(string text, string highlighted) => ReferenceMarker.Snippet(text, highlighted);

    private sealed class SearchRow
    {
        public string Slug { get; set; } = "";

        public string SectionId { get; set; } = "";

        public string? ParagraphId { get; set; }

        public string OriginalLanguage { get; set; } = "";

        public string OriginalArticleTitle { get; set; } = "";

        public string OriginalSectionTitle { get; set; } = "";

        public string OriginalText { get; set; } = "";

        public string? TranslationLanguage { get; set; }

        public string? TranslationArticleTitle { get; set; }

        public string? TranslationSectionTitle { get; set; }

        public string? TranslationText { get; set; }

        public string OriginalHighlighted { get; set; } = "";

        public string? TranslationHighlighted { get; set; }
    }

    private sealed class MarkedRow
    {
        public string Language { get; set; } = "";

        public string Highlighted { get; set; } = "";
    }
}
