using KazakhArticle.Core.Content;
using Microsoft.Data.Sqlite;

namespace KazakhArticle.Core.Search;

/// <summary>
/// Writes the full-text index: one FTS5 row for every heading and paragraph of every edition. The indexed column
/// holds the analyzed terms, one per word of the original text and in the same order, so a match can be traced
/// back to the words a reader sees.
/// </summary>
public static class SearchIndex
{
    public const string Table = "SearchEntries";

    /// <summary>Indexes an article; runs inside the importer's transaction, after the article is saved and its old rows removed.</summary>
    public static void Add(SqliteConnection connection, SqliteTransaction transaction, ArticleContent article, int articleId)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO SearchEntries (rowid, Terms, Text, Slug, Language, ArticleTitle, SectionId, SectionTitle, ParagraphId)
            VALUES ($rowid, $terms, $text, $slug, $language, $articleTitle, $sectionId, $sectionTitle, $paragraphId)
            """;
        var rowId = insert.Parameters.Add("$rowid", SqliteType.Integer);
        var terms = insert.Parameters.Add("$terms", SqliteType.Text);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        insert.Parameters.AddWithValue("$slug", article.Slug);
        var language = insert.Parameters.Add("$language", SqliteType.Text);
        var articleTitle = insert.Parameters.Add("$articleTitle", SqliteType.Text);
        var sectionId = insert.Parameters.Add("$sectionId", SqliteType.Text);
        var sectionTitle = insert.Parameters.Add("$sectionTitle", SqliteType.Text);
        var paragraphId = insert.Parameters.Add("$paragraphId", SqliteType.Text);
        foreach (var edition in article.Editions)
        {
            language.Value = edition.Language;
            articleTitle.Value = edition.Metadata.Title;
            var position = 0;
            foreach (var section in edition.Sections)
            {
                sectionId.Value = section.Id;
                sectionTitle.Value = section.Title;
                Insert(SearchRowIds.Entry(edition.Language, articleId, position++), null, section.Title);
                foreach (var paragraph in section.Paragraphs)
                {
                    Insert(SearchRowIds.Entry(edition.Language, articleId, position++), paragraph.Id, paragraph.Text);
                }
            }
        }

        void Insert(long id, string? paragraph, string entry)
        {
            rowId.Value = id;
            terms.Value = TextAnalyzer.IndexText(entry);
            text.Value = entry;
            paragraphId.Value = paragraph ?? (object)DBNull.Value;
            insert.ExecuteNonQuery();
        }
    }

    public static void Remove(SqliteConnection connection, SqliteTransaction transaction, string slug)
    {
        using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM SearchEntries WHERE Slug = $slug";
        delete.Parameters.AddWithValue("$slug", slug);
        delete.ExecuteNonQuery();
    }
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
