using KazakhArticle.Core.Annotations;
using KazakhArticle.Core.Reading;

namespace KazakhArticle.Web.Components.Reading.Names;

/// <summary>Where an article's paragraphs are, by id, for the links of the index and the cards: its section and place.</summary>
public sealed class ArticleNames(ArticleView article)
{
    public ArticleView Article { get; } = article;

    /// <summary>The article's languages other than <paramref name="language"/>: the names a reader may also want.</summary>
    public IEnumerable<string> OtherLanguages(string language) =>
        Article.Editions.Select(e => e.Language).Where(l => l != language);

    /// <summary>The edition a link to the text goes to: the one asked for if the article has it, else the reader's.</summary>
    public EditionView EditionFor(string? requested, string interfaceLanguage) =>
        Article.Editions.FirstOrDefault(e => e.Language == requested) ?? Article.EditionIn(interfaceLanguage);

    /// <summary>A paragraph's section title and place in it (1-based), in an edition; null for an id it does not have.</summary>
    public static (string Section, int Position)? Place(EditionView edition, string paragraphId)
    {
        foreach (var section in edition.Sections)
        {
            for (var i = 0; i < section.Paragraphs.Count; i++)
            {
                if (section.Paragraphs[i].Id == paragraphId)
                {
                    return (section.Title, i + 1);
                }
            }
        }

        return null;
    }

    /// <summary>The entities of a kind, in the order of their names in the reader's language.</summary>
    public IEnumerable<Entity> OfKind(EntityKind kind, string language) =>
        Article.Annotations.Entities.Where(e => e.Kind == kind).OrderBy(e => e.Name.In(language), StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language), ignoreCase: true));
}
