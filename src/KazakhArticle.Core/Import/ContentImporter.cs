using System.Diagnostics;
using System.Globalization;
using KazakhArticle.Core.Annotations;
using KazakhArticle.Core.Content;
using KazakhArticle.Core.Search;
using KazakhArticle.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace KazakhArticle.Core.Import;

/// <summary>What one import run did.</summary>
public sealed record ImportReport(
    IReadOnlyList<string> Imported,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> Removed,
    IReadOnlyList<ArticleReadResult> Failed,
    TimeSpan Elapsed)
{
    /// <summary>Whether the names that mean the same (<c>aliases.yaml</c>) changed: every search answer may have.</summary>
    public bool AliasesChanged { get; init; }

    /// <summary>What kept <c>aliases.yaml</c> from being used; the last good aliases stay in use.</summary>
    public IReadOnlyList<ContentProblem> AliasProblems { get; init; } = [];
}

/// <summary>
/// Brings the database in line with <c>content/</c>: new and changed articles are written, each in one
/// transaction; unchanged ones are skipped; an article that fails to read keeps its last good version.
/// </summary>
/// <remarks>
/// Every start imports before it serves, so the import goes to SQLite directly (see <see cref="ReaderConnections"/>):
/// the stored hashes first, then only the folders whose files changed are parsed, and their rows are written with
/// prepared statements. Its async methods run synchronously (SQLite has no async I/O), so the sync ones are called.
/// </remarks>
/// <param name="link">The site's URL of an article's page in an edition, for the links written into the stored HTML.</param>
/// <param name="entityLink">The site's URL of an entity's card, for the mentions linked in the stored HTML.</param>
public sealed partial class ContentImporter(ReaderConnections connections, ArticleLink link, EntityLink entityLink, ILogger<ContentImporter> logger, TimeProvider time)
{
    public Task<ImportReport> ImportAsync(string contentRoot, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        using var connection = connections.OpenForWriting();
        var storedHashes = StoredHashes(connection);
        var results = ContentLibrary.Read(contentRoot, link, storedHashes.ToDictionary(a => a.Value, a => a.Key, StringComparer.Ordinal), entityLink);

        List<string> imported = [], unchanged = [], removed = [];
        List<ArticleReadResult> failed = [];
        foreach (var result in results)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (result.Unchanged is { } unchangedSlug)
            {
                unchanged.Add(unchangedSlug);
                continue;
            }

            if (result.Article is not { } article)
            {
                // An unread folder is named for its article's slug: an earlier version of it is what readers keep getting.
                var stored = storedHashes.GetValueOrDefault(result.Slug ?? Path.GetFileName(result.Folder.TrimEnd('/', '\\')));
                var served = stored is not null;
                if (result.OriginalAlone is { } original && (stored is null || (ArticleReadResult.IsOriginalAlone(stored) && stored != original.ContentHash)))
                {
                    // Nothing better of it is stored: its sound original is served meanwhile, rather than nothing.
                    served = TryStore(connection, original, result, failed);
                }

                failed.Add(result);
                foreach (var problem in result.Problems)
                {
                    if (result.OriginalAlone is not null && served)
                    {
                        LogTranslationProblem(result.Folder, problem.ToString());
                    }
                    else if (served)
                    {
                        LogContentProblem(result.Folder, problem.ToString());
                    }
                    else
                    {
                        LogNewContentProblem(result.Folder, problem.ToString());
                    }
                }

                continue;
            }

            if (storedHashes.GetValueOrDefault(article.Slug) == article.ContentHash)
            {
                unchanged.Add(article.Slug);
                continue;
            }

            if (TryStore(connection, article, result, failed))
            {
                imported.Add(article.Slug);
            }
        }

        // A folder that failed to read may be a stored article under edit: remove nothing until all read.
        if (failed.Count == 0)
        {
            var present = results.Select(r => r.Slug!).ToHashSet(StringComparer.Ordinal);
            removed = storedHashes.Keys.Where(slug => !present.Contains(slug)).ToList();
            if (removed.Count > 0)
            {
                using var transaction = connection.BeginTransaction();
                foreach (var slug in removed)
                {
                    Delete(connection, transaction, slug);
                }

                transaction.Commit();
            }
        }

        var (aliasesChanged, aliasProblems) = ImportAliases(connection, contentRoot);
        var report = new ImportReport(imported, unchanged, removed, failed, stopwatch.Elapsed) { AliasesChanged = aliasesChanged, AliasProblems = aliasProblems };
        LogImportFinished(imported.Count, unchanged.Count, removed.Count, failed.Count, report.Elapsed.TotalMilliseconds);
        return Task.FromResult(report);
    }

    private (bool Changed, IReadOnlyList<ContentProblem> Problems) ImportAliases(SqliteConnection connection, string contentRoot)
    {
        var (names, problems) = AliasFile.Read(contentRoot);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                LogContentProblem(AliasFile.Name, problem.ToString());
            }

            return (false, problems);
        }

        return (SearchAliases.Replace(connection, names), []);
    }

    /// <summary>Writes the article; a write that fails is logged and reported with its folder, and nothing of it is kept.</summary>
    private bool TryStore(SqliteConnection connection, ArticleContent article, ArticleReadResult result, List<ArticleReadResult> failed)
    {
        try
        {
            Replace(connection, article, time.GetUtcNow().UtcDateTime);
            return true;
        }
        catch (SqliteException ex)
        {
            LogWriteFailed(ex, article.Slug);
            failed.Add(result with { Article = null, OriginalAlone = null, Problems = [new ContentProblem(result.Folder, 0, $"could not be stored: {ex.Message}")] });
            return false;
        }
    }

    private static Dictionary<string, string> StoredHashes(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Slug, ContentHash FROM Articles";
        using var reader = command.ExecuteReader();
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }

    /// <summary>An article's rows and its index rows go together; the editions, sections, paragraphs and notes by cascade.</summary>
    private static void Delete(SqliteConnection connection, SqliteTransaction transaction, string slug)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM Articles WHERE Slug = $slug";
        command.Parameters.AddWithValue("$slug", slug);
        command.ExecuteNonQuery();
        SearchIndex.Remove(connection, transaction, slug);
    }

    private static void Replace(SqliteConnection connection, ArticleContent article, DateTime importedAtUtc)
    {
        using var transaction = connection.BeginTransaction();
        Delete(connection, transaction, article.Slug);

        object? articleId;
        using (var insert = Prepare(connection, transaction, "INSERT INTO Articles (Slug, OriginalLanguage, Genre, ContentHash, ImportedAtUtc, Annotations) VALUES ($0, $1, $2, $3, $4, $5) RETURNING Id", 6))
        {
            articleId = Bind(insert, article.Slug, article.Original.Language, article.Original.Metadata.Genre, article.ContentHash, importedAtUtc, AnnotationsJson.Write(article.Annotations)).ExecuteScalar();
        }

        using var edition = Prepare(connection, transaction, "INSERT INTO Editions (ArticleId, Language, Title, Author, Outlet, TranslatedFrom, Translator, WordCount) VALUES ($0, $1, $2, $3, $4, $5, $6, $7) RETURNING Id", 8);
        using var section = Prepare(connection, transaction, "INSERT INTO Sections (EditionId, Position, Anchor, Title) VALUES ($0, $1, $2, $3) RETURNING Id", 4);
        using var paragraph = Prepare(connection, transaction, "INSERT INTO Paragraphs (SectionId, Position, Anchor, Text, Html) VALUES ($0, $1, $2, $3, $4)", 5);
        using var note = Prepare(connection, transaction, "INSERT INTO ArticleNote (EditionId, Number, Anchor, Text, Html) VALUES ($0, $1, $2, $3, $4)", 5);
        foreach (var content in article.Editions)
        {
            var metadata = content.Metadata;
            var editionId = Bind(edition, articleId, content.Language, metadata.Title, metadata.Author, metadata.Outlet, content.TranslatedFrom, metadata.Translator, content.WordCount).ExecuteScalar();
            for (var s = 0; s < content.Sections.Count; s++)
            {
                var sectionContent = content.Sections[s];
                var sectionId = Bind(section, editionId, s, sectionContent.Id, sectionContent.Title).ExecuteScalar();
                for (var p = 0; p < sectionContent.Paragraphs.Count; p++)
                {
                    var paragraphContent = sectionContent.Paragraphs[p];
                    Bind(paragraph, sectionId, p, paragraphContent.Id, paragraphContent.Text, paragraphContent.Html).ExecuteNonQuery();
                }
            }

            foreach (var noteContent in content.Notes)
            {
                Bind(note, editionId, noteContent.Number, noteContent.Id, noteContent.Text, noteContent.Html).ExecuteNonQuery();
            }
        }

        SearchIndex.Add(connection, transaction, article, Convert.ToInt32(articleId, CultureInfo.InvariantCulture));
        transaction.Commit();
    }

    /// <summary>A statement run once per row: parsed once, its parameters ($0, $1 …) set for each.</summary>
    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter($"${i}", null));
        }

        return command;
    }

    private static SqliteCommand Bind(SqliteCommand command, params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Content in {Folder} was not imported; its last good version stays served: {Problem}")]
    private partial void LogContentProblem(string folder, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content in {Folder} was not imported, and no earlier version of it is stored: it is not served until mended: {Problem}")]
    private partial void LogNewContentProblem(string folder, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content in {Folder} was not imported whole: its original is served alone until this is mended: {Problem}")]
    private partial void LogTranslationProblem(string folder, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Article {Slug} could not be stored; its last good version stays served")]
    private partial void LogWriteFailed(Exception exception, string slug);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content import: {Imported} imported, {Unchanged} unchanged, {Removed} removed, {Failed} failed in {ElapsedMs:F0} ms")]
    private partial void LogImportFinished(int imported, int unchanged, int removed, int failed, double elapsedMs);
}
