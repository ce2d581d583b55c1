using KazakhArticle.Core.Content;
using Microsoft.Data.Sqlite;

namespace KazakhArticle.Core.Search;

/// <summary>
/// Writes the full-text index: one FTS5 row for every place of an article (a heading or a paragraph), holding that
/// place in both editions, the original and its translation. A query then finds a place when each of its words is
/// in either edition, and a hit can show both. The indexed columns hold the analyzed terms, one per word of the text
/// and in the same order, so a match can be traced back to the words a reader sees.
/// </summary>
public static class SearchIndex
{
    /// <summary>Indexes an article; runs inside the importer's transaction, after the article is saved and its old rows removed.</summary>
    /// <remarks>
    /// The content library checked that a translation has the original's sections and paragraphs in the same order
    /// (they share their ids), so the n-th place of one edition is the n-th of the other.
    /// </remarks>
    public static void Add(SqliteConnection connection, SqliteTransaction transaction, ArticleContent article, int articleId)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO SearchEntries (rowid, Original, Translation, OriginalSurface, TranslationSurface, Slug, SectionId, ParagraphId,
                OriginalLanguage, OriginalArticleTitle, OriginalSectionTitle, OriginalText,
                TranslationLanguage, TranslationArticleTitle, TranslationSectionTitle, TranslationText)
            VALUES ($rowid, $original, $translation, $originalSurface, $translationSurface, $slug, $sectionId, $paragraphId,
                $originalLanguage, $originalArticleTitle, $originalSectionTitle, $originalText,
                $translationLanguage, $translationArticleTitle, $translationSectionTitle, $translationText)
            """;
        var rowId = insert.Parameters.Add("$rowid", SqliteType.Integer);
        insert.Parameters.AddWithValue("$slug", article.Slug);
        var sectionId = insert.Parameters.Add("$sectionId", SqliteType.Text);
        var paragraphId = insert.Parameters.Add("$paragraphId", SqliteType.Text);
        var original = Side.Of(insert, "original", article.Original);
        var translation = Side.Of(insert, "translation", article.Translation);
        var position = 0;
        var sections = article.Original.Sections;
        for (var s = 0; s < sections.Count; s++)
        {
            sectionId.Value = sections[s].Id;
            original.SetSection(s);
            translation.SetSection(s);
            Insert(null, p => p.Sections[s].Title);
            for (var i = 0; i < sections[s].Paragraphs.Count; i++)
            {
                Insert(sections[s].Paragraphs[i].Id, p => p.Sections[s].Paragraphs[i].Text);
            }
        }

        void Insert(string? paragraph, Func<EditionContent, string> text)
        {
            rowId.Value = SearchRowIds.Entry(articleId, position++);
            paragraphId.Value = paragraph ?? (object)DBNull.Value;
            original.SetText(text);
            translation.SetText(text);
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>One edition's columns of a row: its terms and surfaces, text, language and titles; all null for a missing translation.</summary>
    private sealed class Side(EditionContent? edition, SqliteParameter terms, SqliteParameter surfaces, SqliteParameter text, SqliteParameter sectionTitle)
    {
        public static Side Of(SqliteCommand insert, string name, EditionContent? edition)
        {
            insert.Parameters.AddWithValue($"${name}Language", edition?.Language ?? (object)DBNull.Value);
            insert.Parameters.AddWithValue($"${name}ArticleTitle", edition?.Metadata.Title ?? (object)DBNull.Value);
            return new Side(edition, Empty($"${name}"), Empty($"${name}Surface"), Empty($"${name}Text"), Empty($"${name}SectionTitle"));

            SqliteParameter Empty(string parameter)
            {
                var added = insert.Parameters.Add(parameter, SqliteType.Text);
                added.Value = DBNull.Value;
                return added;
            }
        }

        public void SetSection(int section)
        {
            if (edition is not null)
            {
                sectionTitle.Value = edition.Sections[section].Title;
            }
        }

        public void SetText(Func<EditionContent, string> of)
        {
            if (edition is not null)
            {
                var value = of(edition);
                text.Value = value;
                terms.Value = TextAnalyzer.IndexText(value);
                surfaces.Value = TextAnalyzer.SurfaceText(value);
            }
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
/// The rowid of an index row says whose it is: the article's id, then the place's position in it. An article is then
/// a range of rowids, which FTS5 seeks to while it reads the index; a filter on a stored column (Slug) would read the
/// stored row of every hit instead.
/// </summary>
internal static class SearchRowIds
{
    private const int EntryBits = 20;

    public static long Entry(int articleId, int position)
    {
        if (articleId < 0 || position is < 0 or >= 1 << EntryBits)
        {
            throw new ArgumentOutOfRangeException(nameof(position), $"Article {articleId}, entry {position}: beyond the index's rowid layout.");
        }

        return ((long)articleId << EntryBits) | (long)position;
    }

    /// <summary>The rows of one article.</summary>
    public static (long From, long To) Article(int articleId)
    {
        var first = Entry(articleId, 0);
        return (first, first + (1 << EntryBits) - 1);
    }
}
