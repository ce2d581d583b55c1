using KazakhArticle.Core.Search;
using KazakhArticle.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace KazakhArticle.Core.Tests.Search.Reference;

/// <summary>
/// ArticleSearch as it was before it was made fast: a count, then FTS5's ORDER BY rank with highlight() on every
/// row, through EF, filtering on the stored Language and Slug columns. The oracle for totals, ranking and marks.
/// </summary>
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
        var match = (await ExpandPrefixesAsync(db, parsed)).ToMatchExpression();
        var total = await db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS Value FROM SearchEntries WHERE SearchEntries MATCH {match} AND ({language} IS NULL OR Language = {language})")
            .SingleAsync();
        var rows = await db.Database
            .SqlQuery<SearchRow>($"""
                SELECT Text, Slug, Language, ArticleTitle, SectionId, SectionTitle, ParagraphId,
                       highlight(SearchEntries, 0, char(57344), char(57345)) AS Highlighted
                FROM SearchEntries
                WHERE SearchEntries MATCH {match} AND ({language} IS NULL OR Language = {language})
                ORDER BY rank
                LIMIT {limit} OFFSET {offset}
                """)
            .ToListAsync();
        return new SearchResults(query, total, rows.Select(row => ToHit(row, query)).ToList());
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> MatchedTermsAsync(string slug, string query)
    {
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty || query.Length > SearchQuery.MaxLength)
        {
            return new Dictionary<string, IReadOnlySet<string>>();
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var match = (await ExpandPrefixesAsync(db, parsed)).ToMatchExpression();
        var rows = await db.Database
            .SqlQuery<MarkedRow>($"""
                SELECT Language, highlight(SearchEntries, 0, char(57344), char(57345)) AS Highlighted
                FROM SearchEntries
                WHERE SearchEntries MATCH {match} AND Slug = {slug}
                """)
            .ToListAsync();
        return rows.GroupBy(r => r.Language).ToDictionary(
            g => g.Key,
            g => (IReadOnlySet<string>)g.SelectMany(r => ReferenceMarker.MarkedTerms(r.Highlighted)).ToHashSet(StringComparer.Ordinal));
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

    private static SearchHit ToHit(SearchRow row, string query)
    {
        var anchor = row.ParagraphId ?? row.SectionId;
        var terms = ReferenceMarker.MarkedTerms(row.Highlighted).ToHashSet(StringComparer.Ordinal);
        return new SearchHit(
            row.Slug,
            row.Language,
            row.ArticleTitle,
            row.SectionId,
            row.SectionTitle,
            row.ParagraphId,
            Url: $"/articles/{row.Slug}?view={row.Language}&q={Uri.EscapeDataString(query)}#{anchor}",
            Snippet: ReferenceMarker.Snippet(row.Text, terms));
    }

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
