using KazakhArticle.Core.Reading;

namespace KazakhArticle.Web.Components.Reading;

/// <summary>
/// What the reading page shows: one edition, or the original beside a translation.
/// The key is the <c>?view=</c> value: an edition's language, or <c>parallel</c>.
/// </summary>
public sealed record ReadingView(string Key, EditionView Primary, EditionView? Translation)
{
    public const string ParallelKey = "parallel";

    public bool IsParallel => Translation is not null;

    /// <summary>Every view the article offers, the original first.</summary>
    public static IReadOnlyList<string> KeysOf(ArticleView article) =>
        article.Editions.Count > 1 ? [.. article.Editions.Select(e => e.Language), ParallelKey] : [article.OriginalLanguage];

    /// <summary>
    /// The requested view when the article has it; otherwise the original for a reader whose interface is in the
    /// original's language, and the original beside the reader's language for everyone else.
    /// </summary>
    public static ReadingView Choose(ArticleView article, string? requested, string interfaceLanguage)
    {
        var translation = article.Editions.FirstOrDefault(e => e.IsTranslation && e.Language == interfaceLanguage)
            ?? article.Editions.FirstOrDefault(e => e.IsTranslation);

        if (requested == ParallelKey && translation is not null)
        {
            return new(ParallelKey, article.Original, translation);
        }

        if (article.Editions.FirstOrDefault(e => e.Language == requested) is { } edition)
        {
            return new(edition.Language, edition, null);
        }

        return interfaceLanguage == article.OriginalLanguage || translation is null
            ? new(article.OriginalLanguage, article.Original, null)
            : new(ParallelKey, article.Original, translation);
    }

    /// <summary>The edition whose headings the contents list: the reader's language where the view shows it.</summary>
    public EditionView ContentsEdition(string interfaceLanguage) =>
        Translation is { } t && t.Language == interfaceLanguage ? t : Primary;
}
