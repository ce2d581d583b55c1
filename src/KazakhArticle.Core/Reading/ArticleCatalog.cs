using KazakhArticle.Core.Annotations;
using KazakhArticle.Core.Content;
using KazakhArticle.Core.Storage;
using Microsoft.Data.Sqlite;

namespace KazakhArticle.Core.Reading;

/// <summary>Reads articles for pages and the API; a connection per call, never held.</summary>
/// <remarks>
/// Plain SQL rather than LINQ through a context: the first article page is what a cold start waits for, and through a
/// context it paid for EF Core's own start and the compilation of this query first (see <see cref="ReaderConnections"/>).
/// Each call reads in one transaction, so an import committing meanwhile is seen whole or not at all. SQLite has no
/// async I/O, so the sync methods are called.
/// </remarks>
public sealed class ArticleCatalog(ReaderConnections connections)
{
    private const string ListSql = """
        SELECT a.Slug, e.Language, e.Title, e.Author, e.Outlet, e.WordCount
        FROM Editions e JOIN Articles a ON a.Id = e.ArticleId
        WHERE e.TranslatedFrom IS NULL
        ORDER BY a.Slug
        """;

    private const string ArticleSql = "SELECT Id, Slug, OriginalLanguage, Genre, Annotations FROM Articles WHERE Slug = $slug";

    private const string EditionsSql = """
        SELECT Id, Language, Title, Author, Outlet, TranslatedFrom, Translator, WordCount
        FROM Editions WHERE ArticleId = $article
        """;

    private const string SectionsSql = """
        SELECT s.EditionId, s.Id, s.Anchor, s.Title
        FROM Sections s JOIN Editions e ON e.Id = s.EditionId
        WHERE e.ArticleId = $article
        ORDER BY s.EditionId, s.Position
        """;

    private const string ParagraphsSql = """
        SELECT p.SectionId, p.Anchor, p.Text, p.Html
        FROM Paragraphs p JOIN Sections s ON s.Id = p.SectionId JOIN Editions e ON e.Id = s.EditionId
        WHERE e.ArticleId = $article
        ORDER BY p.SectionId, p.Position
        """;

    private const string NotesSql = """
        SELECT n.EditionId, n.Anchor, n.Number, n.Text, n.Html
        FROM ArticleNote n JOIN Editions e ON e.Id = n.EditionId
        WHERE e.ArticleId = $article
        ORDER BY n.EditionId, n.Number
        """;

    public Task<IReadOnlyList<ArticleSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = ListSql;
        using var reader = command.ExecuteReader();
        var articles = new List<ArticleSummary>();
        while (reader.Read())
        {
            var language = reader.GetString(1);
            articles.Add(new ArticleSummary(
                reader.GetString(0), language, reader.GetString(2), reader.GetString(3), NullableString(reader, 4), TextStatistics.ReadingMinutes(reader.GetInt32(5), language)));
        }

        return Task.FromResult<IReadOnlyList<ArticleSummary>>(articles);
    }

    public Task<ArticleView?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = connections.Open();
        using var snapshot = connection.BeginTransaction(deferred: true);
        using var command = connection.CreateCommand();
        command.Transaction = snapshot;
        command.CommandText = ArticleSql;
        command.Parameters.AddWithValue("$slug", slug);
        long articleId;
        string originalLanguage;
        string? genre;
        string? annotations;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                return Task.FromResult<ArticleView?>(null);
            }

            (articleId, slug, originalLanguage, genre, annotations) = (reader.GetInt64(0), reader.GetString(1), reader.GetString(2), NullableString(reader, 3), NullableString(reader, 4));
        }

        command.Parameters.Clear();
        command.Parameters.AddWithValue("$article", articleId);

        var editions = new List<(long Id, string Language, string Title, string Author, string? Outlet, string? TranslatedFrom, string? Translator, int WordCount)>();
        command.CommandText = EditionsSql;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                editions.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), NullableString(reader, 4), NullableString(reader, 5), NullableString(reader, 6), reader.GetInt32(7)));
            }
        }

        var paragraphs = new Dictionary<long, List<ParagraphView>>();
        command.CommandText = ParagraphsSql;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ListOf(paragraphs, reader.GetInt64(0)).Add(new ParagraphView(reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        var sections = new Dictionary<long, List<SectionView>>();
        command.CommandText = SectionsSql;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ListOf(sections, reader.GetInt64(0)).Add(new SectionView(reader.GetString(2), reader.GetString(3), paragraphs.GetValueOrDefault(reader.GetInt64(1)) ?? []));
            }
        }

        var notes = new Dictionary<long, List<NoteView>>();
        command.CommandText = NotesSql;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ListOf(notes, reader.GetInt64(0)).Add(new NoteView(reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4)));
            }
        }

        var view = new ArticleView(
            slug,
            originalLanguage,
            genre,
            editions
                .OrderBy(e => e.TranslatedFrom != null).ThenBy(e => e.Language, StringComparer.Ordinal)
                .Select(e => new EditionView(
                    e.Language,
                    Languages.DirectionOf(e.Language),
                    e.Title,
                    e.Author,
                    e.Outlet,
                    e.TranslatedFrom,
                    e.Translator,
                    TextStatistics.ReadingMinutes(e.WordCount, e.Language),
                    sections.GetValueOrDefault(e.Id) ?? [],
                    notes.GetValueOrDefault(e.Id) ?? []))
                .ToList())
        {
            Annotations = AnnotationsJson.Read(annotations),
        };
        return Task.FromResult<ArticleView?>(view);
    }

    public Task<bool> HasContentAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM Paragraphs)";
        return Task.FromResult(Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0);
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static List<T> ListOf<T>(Dictionary<long, List<T>> lists, long key)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        return list;
    }
}
