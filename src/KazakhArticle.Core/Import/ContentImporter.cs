using System.Diagnostics;
using KazakhArticle.Core.Content;
using KazakhArticle.Core.Search;
using KazakhArticle.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KazakhArticle.Core.Import;

/// <summary>What one import run did.</summary>
public sealed record ImportReport(
    IReadOnlyList<string> Imported,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> Removed,
    IReadOnlyList<ArticleReadResult> Failed,
    TimeSpan Elapsed);

/// <summary>
/// Brings the database in line with <c>content/</c>: new and changed articles are written, each in one
/// transaction; unchanged ones are skipped; an article that fails to read keeps its last good version.
/// </summary>
public sealed partial class ContentImporter(IDbContextFactory<ReaderDbContext> dbFactory, ILogger<ContentImporter> logger, TimeProvider time)
{
    public async Task<ImportReport> ImportAsync(string contentRoot, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var results = ContentLibrary.Read(contentRoot);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var storedHashes = await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Slug, a => a.ContentHash, cancellationToken);

        List<string> imported = [], unchanged = [], removed = [];
        List<ArticleReadResult> failed = [];
        foreach (var result in results)
        {
            if (result.Article is not { } article)
            {
                failed.Add(result);
                foreach (var problem in result.Problems)
                {
                    LogContentProblem(result.Folder, problem.ToString());
                }

                continue;
            }

            if (storedHashes.GetValueOrDefault(article.Slug) == article.ContentHash)
            {
                unchanged.Add(article.Slug);
                continue;
            }

            try
            {
                await ReplaceAsync(db, article, cancellationToken);
                imported.Add(article.Slug);
            }
            catch (Exception ex) when (ex is DbUpdateException or SqliteException)
            {
                LogWriteFailed(ex, article.Slug);
                failed.Add(result with { Article = null, Problems = [new ContentProblem(result.Folder, 0, $"could not be stored: {ex.Message}")] });
            }
        }

        // A folder that failed to read may be a stored article under edit: remove nothing until all read.
        if (failed.Count == 0)
        {
            var present = results.Select(r => r.Article!.Slug).ToHashSet(StringComparer.Ordinal);
            removed = storedHashes.Keys.Where(slug => !present.Contains(slug)).ToList();
            if (removed.Count > 0)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.Articles.Where(a => removed.Contains(a.Slug)).ExecuteDeleteAsync(cancellationToken);
                await SearchIndex.RemoveAsync(db, removed, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }

        var report = new ImportReport(imported, unchanged, removed, failed, stopwatch.Elapsed);
        LogImportFinished(imported.Count, unchanged.Count, removed.Count, failed.Count, report.Elapsed.TotalMilliseconds);
        return report;
    }

    private async Task ReplaceAsync(ReaderDbContext db, ArticleContent article, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Articles.Where(a => a.Slug == article.Slug).ExecuteDeleteAsync(cancellationToken);
        db.Articles.Add(ToEntity(article, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        await SearchIndex.ReplaceAsync(db, article, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static Article ToEntity(ArticleContent article, DateTime importedAtUtc) => new()
    {
        Slug = article.Slug,
        OriginalLanguage = article.Original.Language,
        Genre = article.Original.Metadata.Genre,
        ContentHash = article.ContentHash,
        ImportedAtUtc = importedAtUtc,
        Editions = article.Editions.Select(edition => new ArticleEdition
        {
            Language = edition.Language,
            Title = edition.Metadata.Title,
            Author = edition.Metadata.Author,
            Outlet = edition.Metadata.Outlet,
            TranslatedFrom = edition.TranslatedFrom,
            Translator = edition.Metadata.Translator,
            WordCount = edition.WordCount,
            Sections = edition.Sections.Select((section, s) => new ArticleSection
            {
                Position = s,
                Anchor = section.Id,
                Title = section.Title,
                Paragraphs = section.Paragraphs.Select((paragraph, p) => new ArticleParagraph
                {
                    Position = p,
                    Anchor = paragraph.Id,
                    Text = paragraph.Text,
                    Html = paragraph.Html,
                }).ToList(),
            }).ToList(),
            Notes = edition.Notes.Select(note => new ArticleNote
            {
                Number = note.Number,
                Anchor = note.Id,
                Text = note.Text,
                Html = note.Html,
            }).ToList(),
        }).ToList(),
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Content in {Folder} was not imported; its last good version stays served: {Problem}")]
    private partial void LogContentProblem(string folder, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Article {Slug} could not be stored; its last good version stays served")]
    private partial void LogWriteFailed(Exception exception, string slug);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content import: {Imported} imported, {Unchanged} unchanged, {Removed} removed, {Failed} failed in {ElapsedMs:F0} ms")]
    private partial void LogImportFinished(int imported, int unchanged, int removed, int failed, double elapsedMs);
}
