using System.Text.Json.Serialization;
using KazakhArticle.Core.Annotations;

namespace KazakhArticle.Core.Reading;

/// <summary>A line in the list of articles.</summary>
public sealed record ArticleSummary(string Slug, string Language, string Title, string Author, string? Outlet, int ReadingMinutes);

/// <summary>An article with every edition, ready to show or to serve as JSON.</summary>
public sealed record ArticleView(string Slug, string OriginalLanguage, string? Genre, IReadOnlyList<EditionView> Editions)
{
    /// <summary>Its people, places, dates and figures; none for an article without an annotations file.</summary>
    public ArticleAnnotations Annotations { get; init; } = ArticleAnnotations.None;

    [JsonIgnore]
    public EditionView Original => Editions.First(e => e.Language == OriginalLanguage);

    /// <summary>The edition in <paramref name="language"/>, or the original when there is none.</summary>
    public EditionView EditionIn(string? language) => Editions.FirstOrDefault(e => e.Language == language) ?? Original;
}

public sealed record EditionView(
    string Language,
    string Direction,
    string Title,
    string Author,
    string? Outlet,
    string? TranslatedFrom,
    string? Translator,
    int ReadingMinutes,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<NoteView> Notes)
{
    public bool IsTranslation => TranslatedFrom is not null;
}

public sealed record SectionView(string Id, string Title, IReadOnlyList<ParagraphView> Paragraphs);

public sealed record ParagraphView(string Id, string Text, string Html);

public sealed record NoteView(string Id, int Number, string Text, string Html);
