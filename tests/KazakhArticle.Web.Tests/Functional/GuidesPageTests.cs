using System.Net;
using KazakhArticle.Web.Tests.Support;

namespace KazakhArticle.Web.Tests.Functional;

/// <summary>The shipped article's timeline and key figures: every event and figure linked to a paragraph the article has.</summary>
[Collection(ReaderAppGroup.Name)]
public sealed class GuidesPageTests(SharedReaderApp app)
{
    private const string Article = "/articles/" + Shipped.Slug;

    [Theory]
    [InlineData("ar", "/timeline", "svg a, .timeline-list a")]
    [InlineData("en", "/timeline", "svg a, .timeline-list a")]
    [InlineData("ar", "/figures", ".figures-list td a:first-child")]
    [InlineData("en", "/figures", ".figures-list td a:first-child")]
    public async Task Every_link_lands_on_a_paragraph_of_the_article(string language, string page, string links)
    {
        var document = await app.GetDocumentAsync($"/{language}{Article}{page}");
        var article = await app.GetDocumentAsync($"/{language}{Article}?view={language}");

        var hrefs = document.QuerySelectorAll(links).Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(hrefs.Count >= 20, $"{hrefs.Count} links");
        Assert.All(hrefs, href => Assert.StartsWith($"/{language}{Article}?view={language}#", href, StringComparison.Ordinal));
        Assert.All(hrefs, href => Assert.NotNull(article.GetElementById(href[(href.IndexOf('#') + 1)..])));
        Assert.Equal(language, document.QuerySelector($".{page[1..]}-page")!.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/names", "People, places and organisations")]
    [InlineData("/timeline", "Timeline")]
    [InlineData("/figures", "Key figures")]
    [InlineData("/map", "Map")]
    public async Task Each_guide_opens_with_a_link_back_to_the_article_its_title_and_what_it_shows(string page, string title)
    {
        var document = await app.GetDocumentAsync($"/en{Article}{page}");

        var back = document.QuerySelector(".guide-article a")!;
        Assert.Equal($"/en{Article}?view=en", back.GetAttribute("href"));
        Assert.Equal("en", back.GetAttribute("lang"));
        Assert.Equal(title, document.QuerySelector("h1")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector(".guide-intro")?.TextContent));
    }

    [Fact]
    public async Task The_timeline_is_in_order_of_time()
    {
        var document = await app.GetDocumentAsync($"/en{Article}/timeline");

        var items = document.QuerySelectorAll(".timeline-list li").Select(li => li.QuerySelector(".timeline-when")!.TextContent).ToList();
        Assert.Equal("13th century", items[0]);
        Assert.Equal("24 February 2022", items[^1]);
        Assert.Equal(items.Count, document.QuerySelectorAll("svg a").Length);
    }

    [Fact]
    public async Task The_figures_page_draws_the_shares_and_the_borders()
    {
        var document = await app.GetDocumentAsync($"/en{Article}/figures");

        Assert.NotNull(document.GetElementById("chart-population"));
        Assert.NotNull(document.GetElementById("chart-borders"));
        Assert.Equal("2,700,025 km²", document.QuerySelector("#figure-area .figure-value")!.TextContent);
        // The article's area is in doubt, and its translator's note says so.
        Assert.Equal($"/en{Article}?view=en#en-note-2", document.QuerySelector("#figure-area .figure-note")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/figures")]
    [InlineData("/names")]
    public async Task An_unknown_article_has_none(string page)
    {
        using var response = await app.CreateClient().GetAsync($"/en/articles/no-such-article{page}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_article_page_links_to_each_guide()
    {
        var page = await app.GetDocumentAsync($"/en{Article}");

        Assert.Equal([$"/en{Article}/names", $"/en{Article}/timeline", $"/en{Article}/figures", $"/en{Article}/map"], page.QuerySelectorAll(".article-guides a").Select(a => a.GetAttribute("href")));
    }
}
