using KazakhArticle.Core.Reading;

namespace KazakhArticle.Core.Tests.Reading;

public sealed class ArticleViewTests
{
    private static readonly ArticleView Article = new("a", "ar", null, [Edition("en", translatedFrom: "ar"), Edition("ar")]);

    [Fact]
    public void The_original_is_the_edition_in_the_original_language_wherever_it_is_listed()
    {
        Assert.Equal("ar", Article.Original.Language);
        Assert.False(Article.Original.IsTranslation);
    }

    [Fact]
    public void An_edition_asked_for_is_given_and_a_missing_one_falls_back_to_the_original()
    {
        Assert.True(Article.EditionIn("en").IsTranslation);
        Assert.Equal("ar", Article.EditionIn("fr").Language);
        Assert.Equal("ar", Article.EditionIn(null).Language);
    }

    [Fact]
    public void An_article_without_its_original_edition_is_an_error_not_a_null_original()
    {
        var broken = new ArticleView("a", "ar", null, [Edition("en", translatedFrom: "ar")]);

        Assert.Throws<InvalidOperationException>(() => broken.Original);
        Assert.Throws<InvalidOperationException>(() => broken.EditionIn("fr"));
    }

    private static EditionView Edition(string language, string? translatedFrom = null) =>
        new(language, "ltr", "Title", "Author", null, translatedFrom, null, 1, [], []);
}
