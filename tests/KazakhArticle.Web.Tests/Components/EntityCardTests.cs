using System.Globalization;
using Bunit;
using KazakhArticle.Core.Annotations;
using KazakhArticle.Core.Reading;
using KazakhArticle.Web.Components.Reading.Names;
using Microsoft.Extensions.DependencyInjection;

namespace KazakhArticle.Web.Tests.Components;

public sealed class EntityCardTests : BunitContext
{
    private static readonly Entity Tokayev = new(
        "tokayev",
        EntityKind.Person,
        new Localized(new Dictionary<string, string> { ["ar"] = "قاسم جومارت توكاييف", ["en"] = "Kassym-Jomart Tokayev" }),
        new Dictionary<string, IReadOnlyList<string>> { ["ar"] = ["توكاييف"], ["en"] = ["Tokayev"] },
        new Localized(new Dictionary<string, string> { ["ar"] = "رئيس كازاخستان.", ["en"] = "President of Kazakhstan." }))
    {
        Mentions = new Dictionary<string, IReadOnlyList<string>> { ["ar"] = ["one-p1", "one-p2", "two-p1"], ["en"] = ["one-p1", "two-p1"] },
    };

    private static readonly ArticleNames Names = new(new ArticleView("a", "ar", null,
    [
        new EditionView("ar", "rtl", "عنوان", "كاتب", null, null, null, 1, [], []),
        new EditionView("en", "ltr", "Title", "Writer", null, "ar", "KazakhArticle", 1, [], []),
    ])
    {
        Annotations = new ArticleAnnotations([Tokayev], [], [], []),
    });

    public EntityCardTests() => Services.AddLocalization();

    private IRenderedComponent<EntityCard> Card(string language, string? edition, string? at)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        return Render<EntityCard>(p => p.Add(c => c.Names, Names).Add(c => c.Entity, Tokayev).Add(c => c.Edition, edition).Add(c => c.At, at));
    }

    [Fact]
    public void The_card_names_the_entity_in_both_languages_and_links_on_from_the_mention()
    {
        var card = Card("en", "ar", "one-p2");

        card.MarkupMatches("""
            <article class="entity-card" lang="en" dir="ltr">
              <p class="entity-kind">Person</p>
              <h1 class="entity-name">Kassym-Jomart Tokayev</h1>
              <p class="entity-other-name" lang="ar" dir="rtl">قاسم جومارت توكاييف</p>
              <p class="entity-about">President of Kazakhstan.</p>
              <p class="entity-count">Named in 3 paragraphs</p>
              <nav class="entity-links" aria-label="Kassym-Jomart Tokayev">
                <a class="entity-next" href="/en/articles/a?view=ar#two-p1">Next mention</a>
                <a class="entity-back" href="/en/articles/a?view=ar#one-p2">Back to the text</a>
                <a class="entity-index" href="/en/articles/a/names#tokayev">All people and places</a>
              </nav>
            </article>
            """);
    }

    [Fact]
    public void From_the_last_mention_there_is_no_next()
    {
        var card = Card("en", "en", "two-p1");

        Assert.Empty(card.FindAll(".entity-next"));
        Assert.Equal("/en/articles/a?view=en#two-p1", card.Find(".entity-back").GetAttribute("href"));
        Assert.Equal("Named in 2 paragraphs", card.Find(".entity-count").TextContent);
    }

    [Fact]
    public void Without_a_mention_the_card_offers_the_first_in_the_readers_edition()
    {
        var card = Card("ar", null, null);

        Assert.Equal("/ar/articles/a?view=ar#one-p1", card.Find(".entity-next").GetAttribute("href"));
        Assert.Equal("أول ذكر", card.Find(".entity-next").TextContent);
        Assert.Empty(card.FindAll(".entity-back"));
        Assert.Equal("يرد في 3 فقرات", card.Find(".entity-count").TextContent);
        Assert.Equal(("en", "ltr", "Kassym-Jomart Tokayev"), (card.Find(".entity-other-name").GetAttribute("lang"), card.Find(".entity-other-name").GetAttribute("dir"), card.Find(".entity-other-name").TextContent));
    }
}
