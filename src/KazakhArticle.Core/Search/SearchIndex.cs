using KazakhArticle.Core.Content;
using KazakhArticle.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace KazakhArticle.Core.Search;

/// <summary>
/// Writes the full-text index: one FTS5 row for every heading and paragraph of every edition. The indexed column
/// holds the analyzed terms, one per word of the original text and in the same order, so a match can be traced
/// back to the words a reader sees.
/// </summary>
public static class SearchIndex
{
    public const string Table = "SearchEntries";

    /// <summary>Replaces an article's rows; runs inside the importer's transaction.</summary>
    public static async Task ReplaceAsync(ReaderDbContext db, ArticleContent article, CancellationToken cancellationToken)
    {
        await RemoveAsync(db, [article.Slug], cancellationToken);
        foreach (var edition in article.Editions)
        {
            foreach (var section in edition.Sections)
            {
                await InsertAsync(db, article.Slug, edition, section, null, section.Title, cancellationToken);
                foreach (var paragraph in section.Paragraphs)
                {
                    await InsertAsync(db, article.Slug, edition, section, paragraph.Id, paragraph.Text, cancellationToken);
                }
            }
        }
    }

    public static async Task RemoveAsync(ReaderDbContext db, IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        foreach (var slug in slugs)
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries WHERE Slug = {slug}", cancellationToken);
        }
    }

    private static Task<int> InsertAsync(
        ReaderDbContext db, string slug, EditionContent edition, SectionContent section, string? paragraphId, string text, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO SearchEntries (Terms, Text, Slug, Language, ArticleTitle, SectionId, SectionTitle, ParagraphId)
            VALUES ({TextAnalyzer.IndexText(text)}, {text}, {slug}, {edition.Language}, {edition.Metadata.Title}, {section.Id}, {section.Title}, {paragraphId})
            """,
            cancellationToken);
}
