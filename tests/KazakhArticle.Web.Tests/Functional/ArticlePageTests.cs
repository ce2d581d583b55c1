using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using KazakhArticle.Core.Content;
using KazakhArticle.Web.Components.Layout;
using KazakhArticle.Web.Routing;
using KazakhArticle.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KazakhArticle.Web.Tests.Functional;

[Collection(ReaderAppGroup.Name)]
public sealed partial class ArticlePageTests(SharedReaderApp app)
{
    private const string ArticleUrl = "/ar/articles/" + Shipped.Slug;

    private static readonly EditionContent Arabic = ArticleMarkdownParser.Parse(
        "ar.md", File.ReadAllText(Path.Combine(RepositoryPaths.Content, "articles", Shipped.Slug, "ar.md")), ReaderUrls.StoredArticleLink);

    [Fact]
    public async Task The_page_is_arabic_right_to_left_by_default()
    {
        var page = await app.GetDocumentAsync(ArticleUrl);

        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        var article = page.QuerySelector("article")!;
        Assert.Equal("ar", article.GetAttribute("lang"));
        Assert.Equal("rtl", article.GetAttribute("dir"));
        Assert.Equal(Arabic.Metadata.Title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task The_whole_text_is_in_the_first_response()
    {
        var page = await app.GetDocumentAsync(ArticleUrl);

        var paragraphs = page.QuerySelectorAll("article .paragraph");
        var expected = Arabic.Sections.SelectMany(s => s.Paragraphs).ToList();
        Assert.Equal(expected.Select(p => p.Id), paragraphs.Select(p => p.Id));
        Assert.Equal(expected.Select(p => p.Text), paragraphs.Select(p => p.QuerySelector("p")!.TextContent.Trim()));
        Assert.All(paragraphs, p => Assert.Equal($"{ArticleUrl}#{p.Id}", p.QuerySelector("a.paragraph-link")!.GetAttribute("href")));
    }

    [Fact]
    public async Task Every_heading_carries_its_id_and_a_link_to_itself_with_the_page_path()
    {
        var page = await app.GetDocumentAsync(ArticleUrl);

        // What "copy" puts on the clipboard is the page's absolute URL without an interface language (its x-default),
        // with the link's fragment: the text's share tools hold it once for the whole article.
        Assert.Equal($"http://localhost{Shipped.Article}", page.QuerySelector("share-tools")!.GetAttribute("data-share-url"));
        Assert.Equal(
            page.QuerySelector("link[rel=alternate][hreflang=x-default]")!.GetAttribute("href"),
            page.QuerySelector("share-tools")!.GetAttribute("data-share-url"));
        var headings = page.QuerySelectorAll("article h2");
        Assert.Equal(Arabic.Sections.Select(s => s.Id), headings.Select(h => h.Id));
        foreach (var heading in headings)
        {
            var link = heading.QuerySelector("a.anchor-link")!;
            Assert.Equal($"{ArticleUrl}#{heading.Id}", link.GetAttribute("href"));
            Assert.True(link.HasAttribute("data-copy-link"));
            Assert.False(string.IsNullOrWhiteSpace(link.GetAttribute("aria-label")));
        }
    }

    [Fact]
    public async Task Links_keep_the_view_and_the_search_the_reader_asked_for()
    {
        var page = await app.GetDocumentAsync($"{ArticleUrl}?view=ar&q=%D8%A8%D8%A7%D9%8A%D9%83%D9%88%D9%86%D9%88%D8%B1");

        Assert.Equal($"{ArticleUrl}?view=ar&q=%D8%A8%D8%A7%D9%8A%D9%83%D9%88%D9%86%D9%88%D8%B1#overview", page.QuerySelector("nav.toc a[data-section=overview]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_table_of_contents_links_every_section_with_the_page_path()
    {
        var page = await app.GetDocumentAsync(ArticleUrl);

        var links = page.QuerySelectorAll("nav.toc a");
        Assert.Equal(Arabic.Sections.Select(s => $"{ArticleUrl}#{s.Id}"), links.Select(a => a.GetAttribute("href")));
        Assert.Equal(Arabic.Sections.Select(s => s.Title), links.Select(a => a.TextContent.Trim()));
        Assert.All(links, a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")!.Split('#')[1])));
    }

    [Fact]
    public async Task The_interface_follows_accept_language_and_the_article_keeps_its_own_language()
    {
        // Without a language in the URL: the browser's decides where it goes.
        var page = await app.GetDocumentAsync("/articles/" + Shipped.Slug, acceptLanguage: "en-GB,en;q=0.9");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("Contents", page.QuerySelector(".toc-title")!.TextContent.Trim());
        Assert.Equal("rtl", page.QuerySelector("article")!.GetAttribute("dir"));
    }

    [Fact]
    public async Task Nothing_is_loaded_from_another_origin()
    {
        var page = await app.GetDocumentAsync(ArticleUrl);

        var references = page.QuerySelectorAll("link[href], script[src], img[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
            .ToList();
        Assert.NotEmpty(references);
        // Absolute only where crawlers require it (canonical, hreflang), and then to this origin.
        Assert.All(references, url => Assert.True(!Regex.IsMatch(url!, "^(https?:)?//") || url!.StartsWith("http://localhost/", StringComparison.Ordinal), url));
        var css = await app.CreateClient().GetStringAsync(page.QuerySelectorAll("link[rel=stylesheet]")[0].GetAttribute("href"));
        Assert.DoesNotMatch(@"url\(\s*[""']?(https?:)?//", css);

        // The faces name the very URL the page preloads: one download per face, not one per spelling of its URL.
        var preload = page.QuerySelector("link[rel=preload][as=font]")!.GetAttribute("href")!;
        var faces = page.QuerySelector("head style")!.TextContent;
        Assert.Matches(@"^fonts/noto-naskh-arabic-arabic-400-normal\.\w+\.woff2$", preload);
        Assert.Contains($"url(\"{preload}\")", faces, StringComparison.Ordinal);
        Assert.DoesNotContain("@font-face", css, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ArticleUrl)]
    [InlineData("/ar")]
    [InlineData("/en/search?q=Kazakhstan")]
    public async Task The_first_paint_waits_on_no_request_but_the_page_and_its_stylesheet(string url)
    {
        var page = await app.GetDocumentAsync(url);
        var inline = app.Services.GetRequiredService<InlineAssets>();

        // In the head, only the one stylesheet is fetched before the first paint: no other stylesheet, no classic script.
        var stylesheet = Assert.Single(page.QuerySelectorAll("link[rel=stylesheet]"));
        Assert.Equal(app.Services.GetRequiredService<SiteStyles>().Url, stylesheet.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("script[src]:not([type=module])"));
        if (!url.Contains("/search", StringComparison.Ordinal))
        {
            // A reading page links no script at all: its modules are imported after the first paint (see below).
            Assert.Empty(page.QuerySelectorAll("script[src]"));
        }

        // The inline script is the file as built, byte for byte: so its hash is the file's hash, the same on every
        // page, and a Content-Security-Policy can allow it by hash.
        var wwwroot = Path.Combine(RepositoryPaths.Root, "src", "KazakhArticle.Web", "wwwroot");
        var script = Assert.Single(page.QuerySelectorAll("head script")).TextContent;
        Assert.Equal(File.ReadAllText(Path.Combine(wwwroot, "js", "settings-early.js")), script);
        Assert.Equal(inline.Script.CspHash, CspHash(script));
    }

    /// <summary>
    /// Each component names its module on its own element; settings-early.js imports them once the first frame is on
    /// screen, so no script download or evaluation comes before the text. Each named module is there to import, and
    /// is the script beside a component (its .razor.js).
    /// </summary>
    [Theory]
    [InlineData("/ar", "Layout/ReconnectModal Offline/OfflineReading Reading/Shortcuts/ShortcutsDialog Search/HeaderSearch")]
    [InlineData(ArticleUrl, "Layout/ReconnectModal Offline/OfflineReading Pages/ArticlePage Reading/Contents/TableOfContents Reading/Names/MentionCards Reading/Progress/ReadingProgress Reading/Progress/ResumeReading Reading/Settings/ReadingSettings Reading/Sharing/ShareTools Reading/Shortcuts/ShortcutsDialog Reading/Views/ViewSwitcher Search/HeaderSearch")]
    [InlineData(ArticleUrl + "?view=parallel&q=Kazakhstan", "Layout/ReconnectModal Offline/OfflineReading Pages/ArticlePage Reading/Contents/TableOfContents Reading/Hits/HitNavigator Reading/Names/MentionCards Reading/Progress/ReadingProgress Reading/Progress/ResumeReading Reading/Settings/ReadingSettings Reading/Sharing/ShareTools Reading/Shortcuts/ShortcutsDialog Reading/Views/ViewSwitcher Search/HeaderSearch")]
    public async Task A_reading_page_names_its_modules_for_after_the_first_paint(string url, string components)
    {
        var page = await app.GetDocumentAsync(url);

        var modules = page.QuerySelectorAll("[data-module]").Select(e => e.GetAttribute("data-module")!).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(components.Split(' '), modules.Select(m => ModuleFile().Match(m) is { Success: true } match ? match.Groups["component"].Value : m));
        using var client = app.CreateClient();
        foreach (var module in modules)
        {
            using var response = await client.GetAsync(new Uri(new Uri("http://localhost/"), module));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>
    /// A component's custom element is defined by the module the component names on it: the markup, the style and
    /// the script of a feature are one folder, and an element nothing defines would silently do nothing.
    /// </summary>
    [Theory]
    [InlineData(ArticleUrl + "?q=Kazakhstan")]
    [InlineData("/en")]
    public async Task Each_custom_element_is_defined_by_the_module_it_names(string url)
    {
        var page = await app.GetDocumentAsync(url);
        using var client = app.CreateClient();

        var elements = page.All.Where(e => e.LocalName.Contains('-', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(elements);
        foreach (var group in elements.GroupBy(e => e.LocalName))
        {
            var module = Assert.Single(group.Select(e => e.GetAttribute("data-module")).Distinct());
            Assert.NotNull(module);
            var script = await client.GetStringAsync(new Uri(new Uri("http://localhost/"), module));
            Assert.Contains($"customElements.define(\"{group.Key}\"", script, StringComparison.Ordinal);
        }
    }

    /// <summary>A module's fingerprinted path: <c>Components/{folder}/{Name}.{fingerprint}.razor.js</c>.</summary>
    [GeneratedRegex(@"^Components/(?<component>.+)\.\w+\.razor\.js$")]
    private static partial Regex ModuleFile();

    /// <summary>
    /// The one stylesheet is app.css and then the components' scoped styles as the build bundled them, each byte for
    /// byte; it is compressed, named by its hash and cached for a year; another hash is not found.
    /// </summary>
    [Fact]
    public async Task The_one_stylesheet_is_app_css_and_the_components_styles_kept_for_a_year()
    {
        var styles = app.Services.GetRequiredService<SiteStyles>();
        using var client = app.CreateClient();

        var text = await client.GetStringAsync(new Uri($"http://localhost/{styles.Url}"));
        var appCss = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "KazakhArticle.Web", "wwwroot", "app.css"));
        Assert.StartsWith(appCss, text, StringComparison.Ordinal);
        var scoped = text[appCss.Length..];
        // Each component's style, scoped: the contents' drawer and the reading page's grid, with their scope attributes.
        Assert.Matches(@"\.toc-drawer\[b-\w+\]", scoped);
        Assert.Matches(@"\.reader\[b-\w+\]", scoped);

        using var request = new HttpRequestMessage(HttpMethod.Get, styles.Url);
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Matches(@"^site\.[\w-]{16}\.css$", styles.Url);

        using var old = await client.GetAsync(new Uri("http://localhost/site.AAAAAAAAAAAAAAAA.css"));
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
    }

    private static string CspHash(string text) =>
        $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";

    [Fact]
    public async Task The_home_page_lists_the_article_with_its_metadata()
    {
        var page = await app.GetDocumentAsync("/");

        var item = Assert.Single(page.QuerySelectorAll(".article-list li"));
        Assert.Equal(ArticleUrl, item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(Arabic.Metadata.Title, item.QuerySelector("a")!.TextContent.Trim());
        Assert.Contains("جورج حداد", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("موقع العهد الإخباري", item.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"وقت القراءة: \d+ دقيقة", item.TextContent);
    }

    [Theory]
    [InlineData("ar", "الصفحة غير موجودة")]
    [InlineData("en", "Page not found")]
    public async Task An_unknown_article_is_a_404_page_in_the_interface_language(string language, string title)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/no-such-article");
        request.Headers.AcceptLanguage.ParseAdd(language);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("Exception", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_path_is_a_404_page()
    {
        using var response = await app.CreateClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("الصفحة غير موجودة", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
