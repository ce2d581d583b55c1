using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KazakhArticle.Core.Storage.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Slug).HasMaxLength(200);
        builder.Property(a => a.OriginalLanguage).HasMaxLength(3);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.HasMany(a => a.Editions).WithOne(e => e.Article).HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleEditionConfiguration : IEntityTypeConfiguration<ArticleEdition>
{
    public void Configure(EntityTypeBuilder<ArticleEdition> builder)
    {
        builder.HasIndex(e => new { e.ArticleId, e.Language }).IsUnique();
        builder.Property(e => e.Language).HasMaxLength(3);
        builder.Property(e => e.TranslatedFrom).HasMaxLength(3);
        builder.HasMany(e => e.Sections).WithOne().HasForeignKey(s => s.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Notes).WithOne().HasForeignKey(n => n.EditionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleSectionConfiguration : IEntityTypeConfiguration<ArticleSection>
{
    public void Configure(EntityTypeBuilder<ArticleSection> builder)
    {
        builder.HasIndex(s => new { s.EditionId, s.Anchor }).IsUnique();
        builder.Property(s => s.Anchor).HasMaxLength(200);
        builder.HasMany(s => s.Paragraphs).WithOne().HasForeignKey(p => p.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleParagraphConfiguration : IEntityTypeConfiguration<ArticleParagraph>
{
    public void Configure(EntityTypeBuilder<ArticleParagraph> builder)
    {
        builder.HasIndex(p => new { p.SectionId, p.Position }).IsUnique();
        builder.Property(p => p.Anchor).HasMaxLength(200);
    }
}

internal sealed class ArticleNoteConfiguration : IEntityTypeConfiguration<ArticleNote>
{
    public void Configure(EntityTypeBuilder<ArticleNote> builder)
    {
        builder.HasIndex(n => new { n.EditionId, n.Number }).IsUnique();
        builder.Property(n => n.Anchor).HasMaxLength(200);
    }
}
