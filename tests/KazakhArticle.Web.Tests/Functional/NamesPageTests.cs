using System.Net;
using KazakhArticle.Web.Tests.Support;

namespace KazakhArticle.Web.Tests.Functional;

/// <summary>The shipped article's people, places and organisations: its index, their cards and the mentions in its text.</summary>
[Collection(ReaderAppGroup.Name)]
public sealed class NamesPageTests(SharedReaderApp app)
{
    private const string Article = "/articles/" + Shipped.Slug;

    [Theory]
    [InlineData("en", "Kassym-Jomart Tokayev", "قاسم جومارت توكاييف")]
    [InlineData("ar", "قاسم جومارت توكاييف", "Kassym-Jomart Tokayev")]
    public async Task The_index_lists_each_entity_with_its_other_name_and_the_paragraphs_that_name_it(string language, string name, string otherName)
    {
        var page = await app.GetDocumentAsync($"/{language}{Article}/names");

        var entry = page.QuerySelector("#tokayev")!;
        Assert.Equal(name, entry.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal(otherName, entry.QuerySelector(".entity-other-name")!.TextContent.Trim());
        var links = entry.QuerySelectorAll(".names-mentions a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith($"/{language}{Article}?view={language}#", href, StringComparison.Ordinal));
        // Every paragraph linked is one the article page has.
        var article = await app.GetDocumentAsync($"/{language}{Article}?view={language}");
        Assert.All(links, href => Assert.NotNull(article.GetElementById(href[(href.IndexOf('#') + 1)..])));
        Assert.Equal(["kind-person", "kind-place", "kind-organisation", "kind-event"], page.QuerySelectorAll(".names-kind h2").Select(h => h.Id));
    }

    [Fact]
    public async Task Each_mention_in_the_text_is_a_link_to_a_card_that_exists()
    {
        var article = await app.GetDocumentAsync($"/en{Article}?view=parallel");

        var mentions = article.QuerySelectorAll("a.mention").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.True(mentions.Count > 50, $"{mentions.Count} mentions linked");
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var href in mentions.Take(20))
        {
            // Stored without a language: they go to the reader's, and the card is there.
            using var redirect = await client.GetAsync(href);
            Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
            using var card = await client.GetAsync(redirect.Headers.Location);
            Assert.Equal(HttpStatusCode.OK, card.StatusCode);
            Assert.Contains("entity-back", await card.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/names/nobody")]
    [InlineData("/names/Tokayev")]
    public async Task An_unknown_entity_is_not_found(string path)
    {
        using var response = await app.CreateClient().GetAsync($"/en{Article}{path}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("?view=fr&at=overview-p1")]
    [InlineData("?view=en&at=nowhere")]
    [InlineData("?view=en&at=%3Cscript%3E")]
    public async Task A_mention_the_article_does_not_have_is_ignored_not_linked(string query)
    {
        var page = await app.GetDocumentAsync($"/en{Article}/names/tokayev{query}");

        Assert.Null(page.QuerySelector(".entity-back"));
        Assert.Equal("First mention", page.QuerySelector(".entity-next")!.TextContent);
    }

    [Fact]
    public async Task The_article_page_links_to_its_index()
    {
        var page = await app.GetDocumentAsync($"/ar{Article}");

        Assert.Equal($"/ar{Article}/names", page.QuerySelector(".article-guides a")!.GetAttribute("href"));
    }
}
