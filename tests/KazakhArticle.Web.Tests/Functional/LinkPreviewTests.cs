using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KazakhArticle.Web.Tests.Support;

namespace KazakhArticle.Web.Tests.Functional;

/// <summary>
/// What a link preview is made from, on every kind of page in both languages: Open Graph (title, description, type,
/// the canonical URL, the locale and the other languages', the share image on an article) and X's card tags.
/// </summary>
[Collection(ReaderAppGroup.Name)]
public sealed class LinkPreviewTests(SharedReaderApp app)
{
    private const string Article = "/articles/" + Shipped.Slug;

    public static TheoryData<string, string> Pages()
    {
        var pages = new TheoryData<string, string>();
        foreach (var language in new[] { "ar", "en" })
        {
            foreach (var path in new[] { "", Article, $"{Article}?view=parallel", "/search", "/search?q=Baikonur", $"{Article}/names", $"{Article}/names/tokayev", $"{Article}/timeline", $"{Article}/figures" })
            {
                pages.Add(language, path);
            }
        }

        return pages;
    }

    private static string? Meta(IHtmlDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

    private static string Locale(string language) => language == "ar" ? "ar_AR" : "en_US";

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_says_what_a_preview_shows_in_its_language(string language, string path)
    {
        var page = await app.GetDocumentAsync($"/{language}{path}");
        var isArticle = path.StartsWith(Article, StringComparison.Ordinal) && !path.Contains("/names", StringComparison.Ordinal)
            && !path.EndsWith("/timeline", StringComparison.Ordinal) && !path.EndsWith("/figures", StringComparison.Ordinal);

        Assert.Equal("KazakhArticle", Meta(page, "og:site_name"));
        Assert.Equal(Locale(language), Meta(page, "og:locale"));
        Assert.Equal([Locale(language == "ar" ? "en" : "ar")], page.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));
        // The URL a preview links to is the page's canonical one, absolute.
        var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        Assert.StartsWith($"http://localhost/{language}", canonical, StringComparison.Ordinal);
        Assert.Equal(canonical, Meta(page, "og:url"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:title")));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:description")));
        Assert.Equal(Meta(page, "og:title"), Meta(page, "twitter:title"));
        Assert.Equal(Meta(page, "og:description"), Meta(page, "twitter:description"));
        Assert.Single(page.QuerySelectorAll("meta[property='og:title']"));

        if (isArticle)
        {
            Assert.Equal("article", Meta(page, "og:type"));
            Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
            var image = Meta(page, "og:image")!;
            Assert.Matches($"^http://localhost/share/{Shipped.Slug}/[0-9a-f]{{16}}\\.png$", image);
            Assert.Equal(image, Meta(page, "twitter:image"));
            Assert.Equal("image/png", Meta(page, "og:image:type"));
            Assert.Equal("1200", Meta(page, "og:image:width"));
            Assert.Equal("630", Meta(page, "og:image:height"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:image:alt")));
            Assert.Equal(Meta(page, "og:image:alt"), Meta(page, "twitter:image:alt"));
        }
        else
        {
            Assert.Equal("website", Meta(page, "og:type"));
            Assert.Equal("summary", Meta(page, "twitter:card"));
            Assert.Null(Meta(page, "og:image"));
            Assert.Null(Meta(page, "twitter:image"));
        }
    }

    [Theory]
    [InlineData("ar", "كازاخستان تختار الخط الأوراسي الحليف لروسيا والصين وإيران")]
    [InlineData("en", "Kazakhstan Chooses the Eurasian Line Allied with Russia, China and Iran")]
    public async Task An_article_preview_has_its_title_in_the_interface_language_without_the_site_name(string language, string title)
    {
        var page = await app.GetDocumentAsync($"/{language}{Article}");

        Assert.Equal(title, Meta(page, "og:title"));
        Assert.Equal(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), Meta(page, "og:description"));
        Assert.StartsWith(title, Meta(page, "og:image:alt"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task The_not_found_page_names_no_url_of_its_own(string language)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync($"/{language}/articles/no-such-article");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(Locale(language), Meta(page, "og:locale"));
        Assert.Equal("website", Meta(page, "og:type"));
        Assert.Equal("summary", Meta(page, "twitter:card"));
        Assert.Null(Meta(page, "og:url"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }
}
