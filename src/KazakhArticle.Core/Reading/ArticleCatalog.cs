using KazakhArticle.Core.Content;
using KazakhArticle.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace KazakhArticle.Core.Reading;

/// <summary>Reads articles for pages and the API; a database context per call, never held.</summary>
public sealed class ArticleCatalog(IDbContextFactory<ReaderDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ArticleSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var originals = await db.Editions.AsNoTracking()
            .Where(e => e.TranslatedFrom == null)
            .OrderBy(e => e.Article!.Slug)
            .Select(e => new { e.Article!.Slug, e.Language, e.Title, e.Author, e.Outlet, e.WordCount })
            .ToListAsync(cancellationToken);
        return originals
            .Select(e => new ArticleSummary(e.Slug, e.Language, e.Title, e.Author, e.Outlet, TextStatistics.ReadingMinutes(e.WordCount, e.Language)))
            .ToList();
    }

    public async Task<ArticleView?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().AsSplitQuery()
            .Include(a => a.Editions)
                .ThenInclude(e => e.Sections.OrderBy(s => s.Position))
                .ThenInclude(s => s.Paragraphs.OrderBy(p => p.Position))
            .Include(a => a.Editions)
                .ThenInclude(e => e.Notes.OrderBy(n => n.Number))
            .SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        return article is null ? null : ToView(article);
    }

    public async Task<bool> HasContentAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Paragraphs.AnyAsync(cancellationToken);
    }

    private static ArticleView ToView(Article article) => new(
        article.Slug,
        article.OriginalLanguage,
        article.Genre,
        article.Editions
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
                e.Sections.Select(s => new SectionView(
                    s.Anchor,
                    s.Title,
                    s.Paragraphs.Select(p => new ParagraphView(p.Anchor, p.Text, p.Html)).ToList())).ToList(),
                e.Notes.Select(n => new NoteView(n.Anchor, n.Number, n.Text, n.Html)).ToList()))
            .ToList());
}
