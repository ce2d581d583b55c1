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

    /// <summary>Replaces an article's rows; runs inside the importer's transaction, after the article is saved.</summary>
    public static async Task ReplaceAsync(ReaderDbContext db, ArticleContent article, CancellationToken cancellationToken)
    {
        await RemoveAsync(db, [article.Slug], cancellationToken);
        var articleId = await db.Articles.Where(a => a.Slug == article.Slug).Select(a => a.Id).SingleAsync(cancellationToken);
        foreach (var edition in article.Editions)
        {
            var position = 0;
            foreach (var section in edition.Sections)
            {
                await InsertAsync(db, SearchRowIds.Entry(edition.Language, articleId, position++), article.Slug, edition, section, null, section.Title, cancellationToken);
                foreach (var paragraph in section.Paragraphs)
                {
                    await InsertAsync(db, SearchRowIds.Entry(edition.Language, articleId, position++), article.Slug, edition, section, paragraph.Id, paragraph.Text, cancellationToken);
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
        ReaderDbContext db, long rowId, string slug, EditionContent edition, SectionContent section, string? paragraphId, string text, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO SearchEntries (rowid, Terms, Text, Slug, Language, ArticleTitle, SectionId, SectionTitle, ParagraphId)
            VALUES ({rowId}, {TextAnalyzer.IndexText(text)}, {text}, {slug}, {edition.Language}, {edition.Metadata.Title}, {section.Id}, {section.Title}, {paragraphId})
            """,
            cancellationToken);
}

/// <summary>
/// The rowid of an index row says whose it is: the language's code, then the article's id, then the entry's place.
/// A language, or an article in a language, is then a range of rowids, which FTS5 seeks to while it reads the
/// index; a filter on a stored column (Language, Slug) would read the stored row of every hit instead.
/// </summary>
internal static class SearchRowIds
{
    private const int EntryBits = 20;
    private const int ArticleBits = 28;
    private const int LanguageShift = EntryBits + ArticleBits;

    public static long Entry(string language, int articleId, int position)
    {
        if (articleId is < 0 or >= 1 << ArticleBits || position is < 0 or >= 1 << EntryBits)
        {
            throw new ArgumentOutOfRangeException(nameof(position), $"Article {articleId}, entry {position}: beyond the index's rowid layout.");
        }

        return Language(language).From | ((long)articleId << EntryBits) | (long)position;
    }

    /// <summary>Every row of one language: the search's language filter.</summary>
    public static (long From, long To) Language(string language) =>
        TryCode(language, out var code)
            ? (code << LanguageShift, ((code + 1) << LanguageShift) - 1)
            : throw new ArgumentException($"'{language}' is not a language code of two or three letters.", nameof(language));

    /// <summary>The rows of one article in one language.</summary>
    public static (long From, long To) Article(string language, int articleId)
    {
        var first = Entry(language, articleId, 0);
        return (first, first + (1 << EntryBits) - 1);
    }

    /// <summary>Two or three letters a–z (as the front matter requires) read as a number in base 27, so never 0.</summary>
    public static bool TryCode(string language, out long code)
    {
        code = 0;
        if (language.Length is < 2 or > 3)
        {
            return false;
        }

        foreach (var c in language)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }

            code = (code * 27) + (c - 'a' + 1);
        }

        return true;
    }
}
