namespace KazakhArticle.Core.Storage;

/// <summary>An article as imported: language-neutral facts, and one edition per language.</summary>
public sealed class Article
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string OriginalLanguage { get; set; }

    public string? Genre { get; set; }

    /// <summary>Of the article's markdown files; an unchanged hash means nothing to import.</summary>
    public required string ContentHash { get; set; }

    public DateTime ImportedAtUtc { get; set; }

    /// <summary>Its people, places, dates and figures as JSON (<see cref="Annotations.AnnotationsJson"/>): read whole, with the article.</summary>
    public string? Annotations { get; set; }

    public List<ArticleEdition> Editions { get; set; } = [];
}

/// <summary>The article in one language: one row per language rather than paired per-language columns.</summary>
public sealed class ArticleEdition
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public required string Language { get; set; }

    public required string Title { get; set; }

    public required string Author { get; set; }

    public string? Outlet { get; set; }

    public string? TranslatedFrom { get; set; }

    public string? Translator { get; set; }

    public int WordCount { get; set; }

    public List<ArticleSection> Sections { get; set; } = [];

    public List<ArticleNote> Notes { get; set; } = [];
}

public sealed class ArticleSection
{
    public int Id { get; set; }

    public int EditionId { get; set; }

    public int Position { get; set; }

    /// <summary>The ASCII id readers link to; the same in every language.</summary>
    public required string Anchor { get; set; }

    public required string Title { get; set; }

    public List<ArticleParagraph> Paragraphs { get; set; } = [];
}

public sealed class ArticleParagraph
{
    public int Id { get; set; }

    public int SectionId { get; set; }

    public int Position { get; set; }

    public required string Anchor { get; set; }

    public required string Text { get; set; }

    public required string Html { get; set; }
}

/// <summary>A translator's note of an edition, shown apart from the text.</summary>
public sealed class ArticleNote
{
    public int Id { get; set; }

    public int EditionId { get; set; }

    public int Number { get; set; }

    public required string Anchor { get; set; }

    public required string Text { get; set; }

    public required string Html { get; set; }
}
