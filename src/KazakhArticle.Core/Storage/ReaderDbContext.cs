using Microsoft.EntityFrameworkCore;

namespace KazakhArticle.Core.Storage;

/// <summary>The SQLite cache of <c>content/</c>. Deleting the database loses nothing: the next start rebuilds it.</summary>
public sealed class ReaderDbContext(DbContextOptions<ReaderDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ArticleEdition> Editions => Set<ArticleEdition>();

    public DbSet<ArticleSection> Sections => Set<ArticleSection>();

    public DbSet<ArticleParagraph> Paragraphs => Set<ArticleParagraph>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReaderDbContext).Assembly);
}
