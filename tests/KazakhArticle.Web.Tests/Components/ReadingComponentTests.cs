using System.Globalization;
using Bunit;
using KazakhArticle.Core.Reading;
using KazakhArticle.Web.Components.Reading;
using KazakhArticle.Web.Components.Reading.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace KazakhArticle.Web.Tests.Components;

public sealed class ReadingComponentTests : BunitContext
{
    private static readonly EditionView Edition = new(
        "ar", "rtl", "العنوان", "الكاتب", "المصدر", null, null, 3,
        [
            new SectionView("first", "القسم الأول", [new ParagraphView("first-p1", "نص أول", "<p>نص <em>أول</em></p>")]),
            new SectionView("second", "القسم الثاني", [new ParagraphView("second-p1", "نص", "<p>نص</p>"), new ParagraphView("second-p2", "آخر", "<p>آخر</p>")]),
        ],
        []);

    public ReadingComponentTests()
    {
        Services.AddLocalization();
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ar");
    }

    [Fact]
    public void Table_of_contents_links_every_section_with_the_page_path()
    {
        var toc = Render<TableOfContents>(p => p.Add(c => c.PageUrl, "/articles/a-slug?view=ar").Add(c => c.Edition, Edition));

        toc.MarkupMatches("""
            <reader-contents data-module:ignore data-shortcuts="t:toggle j:next k:previous">
            <nav class="toc" aria-labelledby="toc-title">
              <details class="toc-drawer">
                <summary><h2 id="toc-title" class="toc-title">المحتويات</h2></summary>
                <ol lang="ar" dir="rtl">
                  <li><a href="/articles/a-slug?view=ar#first" data-section="first">القسم الأول</a></li>
                  <li><a href="/articles/a-slug?view=ar#second" data-section="second">القسم الثاني</a></li>
                </ol>
              </details>
            </nav>
            </reader-contents>
            """);
    }

    [Fact]
    public void Article_text_marks_its_language_and_gives_every_heading_and_paragraph_its_id()
    {
        var text = Render<ArticleText>(p => p.Add(c => c.PageUrl, "/articles/a-slug?view=ar").Add(c => c.ShareUrl, "https://example.org/articles/a-slug").Add(c => c.Edition, Edition).Add(c => c.Genre, "opinion"));

        var article = text.Find("article");
        Assert.Equal(("ar", "rtl"), (article.GetAttribute("lang"), article.GetAttribute("dir")));
        Assert.Equal(["first", "second"], text.FindAll("h2").Select(h => h.Id));
        Assert.Equal(["first-p1", "second-p1", "second-p2"], text.FindAll(".paragraph").Select(p => p.Id));
        text.Find("#first-p1").MarkupMatches("""
            <div class="paragraph" id="first-p1">
              <p>نص <em>أول</em></p>
              <span class="paragraph-tools" lang="ar" dir="rtl">
                <a class="paragraph-link" href="/articles/a-slug?view=ar#first-p1" data-copy-link
                   data-copied="نُسخ الرابط" aria-label="رابط إلى هذه الفقرة" title="رابط إلى هذه الفقرة">¶</a>
                <button type="button" class="cite-button" data-needs-script
                        data-copy="الكاتب، «العنوان»، المصدر، قسم «القسم الأول». https://example.org/articles/a-slug#first-p1"
                        data-copied="نُسخ الاقتباس">اقتباس هذه الفقرة</button>
              </span>
            </div>
            """);
        text.Find("h2#second").MarkupMatches("""
            <h2 id="second" class="section-heading">
              <span>القسم الثاني</span>
              <a class="anchor-link" href="/articles/a-slug?view=ar#second" data-copy-link
                 data-copied="نُسخ الرابط" lang="ar" aria-label="رابط إلى القسم: القسم الثاني" title="رابط إلى هذا القسم">#</a>
            </h2>
            """);
        Assert.Equal("مقال رأي", text.Find(".article-genre").TextContent);
        Assert.Empty(text.FindAll(".translation-notice"));
        Assert.Empty(text.FindAll(".translator-notes"));
    }

    [Fact]
    public void Each_section_ends_with_links_to_its_neighbours()
    {
        var text = Render<ArticleText>(p => p.Add(c => c.PageUrl, "/articles/a-slug?view=ar").Add(c => c.ShareUrl, "https://example.org/articles/a-slug").Add(c => c.Edition, Edition));

        var pagers = text.FindAll(".section-pager");
        Assert.Equal(2, pagers.Count);
        pagers[0].MarkupMatches("""
            <div class="section-pager" lang="ar" dir="rtl">
              <a class="section-next" href="/articles/a-slug?view=ar#second" rel="next">
                <span class="pager-label">القسم التالي</span>
                <span class="pager-title" lang="ar" dir="rtl">القسم الثاني</span>
              </a>
            </div>
            """);
        Assert.Equal("/articles/a-slug?view=ar#first", pagers[1].QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(pagers[1].QuerySelector("a[rel=next]"));
    }

    [Fact]
    public void Byline_labels_speak_the_interface_language_and_isolate_the_names_in_theirs()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

        var byline = Render<ArticleByline>(p => p
            .Add(c => c.Author, "جورج حداد").Add(c => c.Outlet, "موقع العهد الإخباري").Add(c => c.Language, "ar").Add(c => c.ReadingMinutes, 12));

        byline.MarkupMatches("""
            <p class="byline" lang="en" dir="ltr">
              <span class="byline-author">By <bdi lang="ar">جورج حداد</bdi></span>
              <span class="byline-outlet">Published by: <bdi lang="ar">موقع العهد الإخباري</bdi></span>
              <span class="byline-time">12 min read</span>
            </p>
            """);
    }
}
