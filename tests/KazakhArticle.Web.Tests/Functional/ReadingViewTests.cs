using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using KazakhArticle.Core.Content;
using KazakhArticle.Web.Routing;
using KazakhArticle.Web.Tests.Support;

namespace KazakhArticle.Web.Tests.Functional;

/// <summary>The three views of the shipped article: Arabic, English, and the two side by side.</summary>
[Collection(ReaderAppGroup.Name)]
public sealed class ReadingViewTests(SharedReaderApp app)
{
    private const string ArticleUrl = KazakhArticle.Tests.Shared.Shipped.ArabicArticle;
    private const string EnglishUrl = KazakhArticle.Tests.Shared.Shipped.EnglishArticle;

    private static readonly ArticleContent Shipped = ContentLibrary.ReadArticle(RepositoryPaths.Content, RepositoryPaths.ShippedArticle, ReaderUrls.StoredArticleLink).Article!;

    private static IEnumerable<string> SectionIds => Shipped.Original.Sections.Select(s => s.Id);

    private static IEnumerable<string> ParagraphIds => Shipped.Original.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Id));

    [Fact]
    public async Task The_english_view_is_the_translation_left_to_right_and_labelled_as_ours()
    {
        var page = await app.GetDocumentAsync($"{ArticleUrl}?view=en");

        var article = page.QuerySelector("article")!;
        Assert.Equal(("en", "ltr"), (article.GetAttribute("lang"), article.GetAttribute("dir")));
        var english = Shipped.Editions.Single(e => e.Language == "en");
        Assert.Equal(english.Metadata.Title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(SectionIds, page.QuerySelectorAll("article h2.section-heading").Select(h => h.Id));
        Assert.Equal(english.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Text)), page.QuerySelectorAll("article .paragraph > p").Select(TextWithoutNoteMarkers));
        var notice = page.QuerySelector("article .translation-notice")!;
        Assert.Equal(("ar", "rtl"), (notice.GetAttribute("lang"), notice.GetAttribute("dir")));
        Assert.Contains("KazakhArticle", notice.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_english_view_shows_the_translators_notes_apart_from_the_text()
    {
        var page = await app.GetDocumentAsync($"{ArticleUrl}?view=en");

        var notes = page.QuerySelectorAll(".translator-notes li");
        Assert.NotEmpty(notes);
        Assert.All(page.QuerySelectorAll("article .paragraph a.note-ref"), link =>
        {
            Assert.StartsWith(ReaderUrls.StoredArticleLink(KazakhArticle.Tests.Shared.Shipped.Slug, "en") + "#", link.GetAttribute("href"), StringComparison.Ordinal);
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")!.Split('#')[1]));
        });
        Assert.Null(page.QuerySelector(".paragraph .translator-notes"));
    }

    [Fact]
    public void Stored_note_links_keep_their_shape()
    {
        // The shape is written into every cached article's HTML at import: a change needs a new cache version
        // (ReaderDatabase.CacheVersion), or articles whose files did not change keep the old links.
        Assert.Equal("/articles/a-b?view=en", ReaderUrls.StoredArticleLink("a-b", "en"));
    }

    [Fact]
    public async Task The_parallel_view_pairs_every_paragraph_on_one_row_with_the_arabic_first_on_the_right()
    {
        var page = await app.GetDocumentAsync($"{ArticleUrl}?view=parallel");

        var article = page.QuerySelector("article.parallel")!;
        Assert.Equal("rtl", article.GetAttribute("dir"));
        var rows = page.QuerySelectorAll("article .pair.paragraph");
        Assert.Equal(ParagraphIds, rows.Select(r => r.Id));
        Assert.All(rows, row =>
        {
            var cells = row.Children;
            Assert.Equal(2, cells.Length);
            Assert.Equal(("ar", "rtl"), (cells[0].GetAttribute("lang"), cells[0].GetAttribute("dir")));
            Assert.Equal(("en", "ltr"), (cells[1].GetAttribute("lang"), cells[1].GetAttribute("dir")));
        });
        Assert.Equal(SectionIds, page.QuerySelectorAll("article h2.pair").Select(h => h.Id));
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    [InlineData("parallel")]
    public async Task Every_section_and_paragraph_anchor_is_on_the_page_once_in_every_view(string view)
    {
        var page = await app.GetDocumentAsync($"{ArticleUrl}?view={view}");

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Superset(SectionIds.Concat(ParagraphIds).ToHashSet(), ids.ToHashSet());
        Assert.All(page.QuerySelectorAll("nav.toc a, a.anchor-link"), link =>
        {
            var href = link.GetAttribute("href")!;
            Assert.StartsWith($"{ArticleUrl}?view={view}#", href, StringComparison.Ordinal);
            Assert.NotNull(page.GetElementById(href.Split('#')[1]));
        });
    }

    [Theory]
    [InlineData("ar", "ar")]
    [InlineData("en", "parallel")]
    public async Task The_default_view_follows_the_interface_language(string interfaceLanguage, string expectedView)
    {
        var page = await app.GetDocumentAsync("/articles/" + Shipped.Slug, acceptLanguage: interfaceLanguage);

        Assert.Equal(expectedView, CurrentView(page));
    }

    [Fact]
    public async Task An_unknown_view_falls_back_to_the_default()
    {
        var page = await app.GetDocumentAsync($"{ArticleUrl}?view=%3Cscript%3E", acceptLanguage: "ar");

        Assert.Equal("ar", CurrentView(page));
        Assert.DoesNotContain("<script>", page.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_view_switcher_links_every_view_and_marks_the_current_one()
    {
        var page = await app.GetDocumentAsync($"{EnglishUrl}?view=en");

        var links = page.QuerySelectorAll(".view-switcher a");
        Assert.Equal([$"{EnglishUrl}?view=ar", $"{EnglishUrl}?view=en", $"{EnglishUrl}?view=parallel"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Arabic (original)", "English (translation)", "Side by side"], links.Select(a => a.TextContent.Trim()));
        Assert.All(links, a => Assert.True(a.HasAttribute("data-keep-place")));
    }

    [Fact]
    public async Task The_contents_follow_the_interface_language_in_the_parallel_view()
    {
        var page = await app.GetDocumentAsync($"{EnglishUrl}?view=parallel");

        var list = page.QuerySelector("nav.toc ol")!;
        Assert.Equal(("en", "ltr"), (list.GetAttribute("lang"), list.GetAttribute("dir")));
        Assert.Equal(Shipped.Editions.Single(e => e.Language == "en").Sections.Select(s => s.Title), list.QuerySelectorAll("a").Select(a => a.TextContent.Trim()));
    }

    private static string TextWithoutNoteMarkers(IElement paragraph) =>
        string.Concat(paragraph.ChildNodes.Where(n => n is not IElement { ClassName: "note-ref" }).Select(n => n.TextContent)).Trim();

    private static string CurrentView(IHtmlDocument page) =>
        page.QuerySelector(".view-switcher a[aria-current=page]")!.GetAttribute("href")!.Split("view=")[1];
}
