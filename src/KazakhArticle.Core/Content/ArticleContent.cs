using KazakhArticle.Core.Annotations;

namespace KazakhArticle.Core.Content;

/// <summary>One article as read from its folder under <c>content/articles</c>: every language it is written in.</summary>
public sealed record ArticleContent(string Slug, string ContentHash, IReadOnlyList<EditionContent> Editions)
{
    /// <summary>Its people, places, dates and figures (<see cref="AnnotationFile"/>), found in its text at import.</summary>
    public ArticleAnnotations Annotations { get; init; } = ArticleAnnotations.None;

    /// <summary>The edition that is not a translation of another.</summary>
    public EditionContent Original => Editions.Single(e => e.TranslatedFrom is null);

    /// <summary>The edition translated from the original, if there is one yet: an article is read as that pair.</summary>
    public EditionContent? Translation => Editions.SingleOrDefault(e => e.TranslatedFrom is not null);
}

/// <summary>The article in one language, parsed from one markdown file.</summary>
public sealed record EditionContent(
    string SourceFile,
    ArticleMetadata Metadata,
    IReadOnlyList<SectionContent> Sections,
    IReadOnlyList<NoteContent> Notes)
{
    public string Language => Metadata.Language;

    public string? TranslatedFrom => Metadata.TranslatedFrom;

    public int WordCount => Sections.Sum(s => TextStatistics.CountWords(s.Title) + s.Paragraphs.Sum(p => TextStatistics.CountWords(p.Text)));
}

/// <summary>What the front matter says about an edition.</summary>
/// <param name="Revised">When a translation was last revised against its original (<c>revised: 2026-11-26</c>), if it was.</param>
public sealed record ArticleMetadata(
    string Title,
    string Slug,
    string Author,
    string? Outlet,
    string Language,
    string? Genre,
    string? TranslatedFrom,
    string? Translator,
    DateOnly? Revised = null);

/// <summary>A <c>##</c> heading and the blocks under it.</summary>
public sealed record SectionContent(string Id, string Title, int Line, IReadOnlyList<ParagraphContent> Paragraphs);

/// <summary>One block of text: its anchor id, its plain text (for search and the API) and its HTML.</summary>
/// <param name="Entities">The ids of the annotated entities it mentions, in the order of their first mention.</param>
public sealed record ParagraphContent(string Id, string Text, string Html, int Line, IReadOnlyList<string>? Entities = null)
{
    public IReadOnlyList<string> Entities { get; init; } = Entities ?? [];
}

/// <summary>A translator's note: kept apart from the text, linked from the place it concerns.</summary>
public sealed record NoteContent(string Id, int Number, string Text, string Html);
