using System.Globalization;
using System.Net;
using KazakhArticle.Core.Annotations;
using KazakhArticle.Web.Hosting;
using KazakhArticle.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KazakhArticle.Web.Tests.Functional;

/// <summary>The shipped article's map: its places drawn as links to their cards, named in the interface language, and listed.</summary>
[Collection(ReaderAppGroup.Name)]
public sealed class MapPageTests(SharedReaderApp app)
{
    private const string Article = "/articles/" + Shipped.Slug;

    private static readonly string[] Places = ["almaty", "ankara", "astana", "baikonur", "beijing", "caspian-sea", "ghawar", "kashagan", "moscow", "semipalatinsk", "tengiz", "vostochny"];

    [Theory]
    [InlineData("en", "Almaty", "Kazakhstan", "Kashagan field")]
    [InlineData("ar", "ألماتي", "كازاخستان", "حقل كاشاغان")]
    public async Task Each_place_is_a_link_on_the_map_to_its_card_named_in_the_interface_language(string language, string almaty, string kazakhstan, string kashagan)
    {
        var page = await app.GetDocumentAsync($"/{language}{Article}/map");

        var map = page.QuerySelector("svg.map")!;
        Assert.Equal("0 0 1000 532.5", map.GetAttribute("viewBox"));
        Assert.Equal(page.QuerySelector("svg.map title")!.Id, map.GetAttribute("aria-labelledby"));
        var links = map.QuerySelectorAll("a.map-place").ToList();
        Assert.Equal(Places.Select(id => $"/{language}{Article}/names/{id}").Order(), links.Select(a => a.GetAttribute("href")!).Order());
        Assert.Equal(almaty, links.Single(a => a.GetAttribute("href")!.EndsWith("/almaty", StringComparison.Ordinal)).TextContent.Trim());
        Assert.Equal(kashagan, links.Single(a => a.GetAttribute("href")!.EndsWith("/kashagan", StringComparison.Ordinal)).TextContent.Trim());
        Assert.Contains(kazakhstan, map.QuerySelectorAll(".map-country-name").Select(t => t.TextContent));
        Assert.Equal(page.DocumentElement.GetAttribute("lang"), language);

        // Every card it links to exists.
        using var client = app.CreateClient();
        foreach (var href in links.Select(a => a.GetAttribute("href")!))
        {
            using var card = await client.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task The_map_writes_its_numbers_the_invariant_way_and_sets_names_on_the_side_away_from_crowding(string language)
    {
        var page = await app.GetDocumentAsync($"/{language}{Article}/map");

        var dots = page.QuerySelectorAll("svg.map .map-dot").ToList();
        Assert.Equal(Places.Length, dots.Count);
        Assert.All(dots.SelectMany(d => new[] { d.GetAttribute("cx")!, d.GetAttribute("cy")! }), value =>
            Assert.True(double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 1000, value));
        Assert.DoesNotContain("٫", page.QuerySelector("svg.map")!.OuterHtml, StringComparison.Ordinal);

        // Kashagan's name goes west, away from Tengiz beside it: to the left of its dot in either direction of reading.
        var kashagan = page.QuerySelector($"a.map-place[href$='/kashagan']")!;
        var x = double.Parse(kashagan.QuerySelector(".map-dot")!.GetAttribute("cx")!, CultureInfo.InvariantCulture);
        var name = kashagan.QuerySelector("text")!;
        Assert.True(double.Parse(name.GetAttribute("x")!, CultureInfo.InvariantCulture) < x);
        Assert.Equal(language == "en" ? "end" : "start", name.GetAttribute("text-anchor"));
        var tengizName = page.QuerySelector($"a.map-place[href$='/tengiz'] text")!;
        Assert.Equal(language == "en" ? "start" : "end", tengizName.GetAttribute("text-anchor"));
    }

    [Fact]
    public async Task The_list_gives_each_place_with_its_other_name_what_it_is_and_the_paragraphs_that_name_it()
    {
        var page = await app.GetDocumentAsync($"/ar{Article}/map");

        Assert.Equal(Places.Order(), page.QuerySelectorAll(".map-entry").Select(e => e.Id).Order());
        var baikonur = page.QuerySelector("#baikonur")!;
        Assert.Equal("مطار بايكونور الفضائي", baikonur.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal($"/ar{Article}/names/baikonur", baikonur.QuerySelector("h3 a")!.GetAttribute("href"));
        var other = baikonur.QuerySelector(".map-other-name")!;
        Assert.Equal(("en", "ltr", "Baikonur Cosmodrome"), (other.GetAttribute("lang"), other.GetAttribute("dir"), other.TextContent));
        Assert.NotEmpty(baikonur.QuerySelector(".map-about")!.TextContent);
        var mentions = baikonur.QuerySelectorAll(".map-mentions a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, href => Assert.StartsWith($"/ar{Article}?view=ar#", href, StringComparison.Ordinal));
        var article = await app.GetDocumentAsync($"/ar{Article}?view=ar");
        Assert.All(mentions, href => Assert.NotNull(article.GetElementById(href[(href.IndexOf('#') + 1)..])));
        Assert.Empty(page.QuerySelectorAll(".map-off-frame"));
    }

    [Theory]
    [InlineData("/en/articles/no-such-article/map")]
    [InlineData("/ar/articles/no-such-article/map")]
    [InlineData("/fr" + Article + "/map")]
    public async Task An_unknown_article_has_no_map(string path)
    {
        using var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_article_page_links_to_its_map()
    {
        var page = await app.GetDocumentAsync($"/en{Article}");

        Assert.Equal($"/en{Article}/map", page.QuerySelector(".article-guides a.article-guide-map")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Without_a_language_the_map_opens_in_the_readers()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Article}/map");
        request.Headers.AcceptLanguage.ParseAdd("en");

        using var response = await client.SendAsync(request);

        Assert.Equal((HttpStatusCode.Redirect, $"/en{Article}/map"), (response.StatusCode, response.Headers.Location?.OriginalString));
    }
}

/// <summary>An article none of whose places has coordinates has no map, and its page no link to one.</summary>
public sealed class MapWithoutPointsTests : IDisposable
{
    private readonly EditableContentAppFactory _app = new();

    [Fact]
    public async Task Without_coordinates_the_map_is_not_found_and_not_linked()
    {
        using var client = _app.CreateClient();
        using var before = await client.GetAsync($"/en/articles/{Shipped.Slug}/map");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        var file = Path.Combine(Path.GetDirectoryName(_app.ArticleFile("en"))!, AnnotationFile.Name);
        var lines = File.ReadAllLines(file);
        File.WriteAllLines(file, lines.Where(line => !line.TrimStart().StartsWith("at: [", StringComparison.Ordinal)));
        Assert.True(lines.Length - File.ReadAllLines(file).Length == 12, "the edit should take out every place's coordinates");
        var report = await _app.Services.GetRequiredService<ContentSync>().ImportAsync();
        Assert.Equal([Shipped.Slug], report.Imported);

        using var after = await client.GetAsync($"/en/articles/{Shipped.Slug}/map");
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        var page = await _app.GetDocumentAsync($"/en/articles/{Shipped.Slug}");
        Assert.NotNull(page.QuerySelector(".article-guides"));
        Assert.Null(page.QuerySelector(".article-guide-map"));
    }

    public void Dispose() => _app.Dispose();
}
