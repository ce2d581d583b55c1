using KazakhArticle.Core.Content;
using KazakhArticle.Core.Tests.Support;

namespace KazakhArticle.Core.Tests.Content;

public sealed class ArticleMarkdownParserTests
{
    [Fact]
    public void Raw_html_in_content_is_shown_as_text_not_emitted_as_markup()
    {
        var edition = Parse(Markdown.Article(body: "## قسم {#first}\n\nنص <script>alert(1)</script> و<b onclick=\"x()\">غامق</b>\n\n<div>كتلة</div>\n"));

        var html = string.Concat(edition.Sections[0].Paragraphs.Select(p => p.Html));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Equal("نص <script>alert(1)</script> و<b onclick=\"x()\">غامق</b>", edition.Sections[0].Paragraphs[0].Text);
    }

    [Fact]
    public void Inline_markdown_renders_to_html_and_to_plain_text()
    {
        var edition = Parse(Markdown.Article(body: "## قسم {#first}\n\nهذا *مهم* جدًا.\n"));

        var paragraph = edition.Sections[0].Paragraphs[0];
        Assert.Equal("<p>هذا <em>مهم</em> جدًا.</p>", paragraph.Html);
        Assert.Equal("هذا مهم جدًا.", paragraph.Text);
    }

    [Fact]
    public void Paragraph_ids_number_the_blocks_of_each_section()
    {
        var edition = Parse(Markdown.Article(body: "## أ {#alpha}\n\nواحد\n\nاثنان\n\n## ب {#beta}\n\nثلاثة\n"));

        Assert.Equal(["alpha-p1", "alpha-p2"], edition.Sections[0].Paragraphs.Select(p => p.Id));
        Assert.Equal(["beta-p1"], edition.Sections[1].Paragraphs.Select(p => p.Id));
    }

    [Fact]
    public void Translators_notes_are_kept_apart_from_the_text_and_linked_with_the_page_path()
    {
        var markdown = Markdown.FrontMatter("an-article", "en", "Title", "translated-from: ar\ntranslator: KazakhArticle\n")
            + "\n## Part {#part}\n\nOn 5 January 2022[^1] it began.\n\n[^1]: The source writes *512022*.\n";

        var edition = ArticleMarkdownParser.Parse("articles/test/en.md", markdown, TestLinks.Article);

        var paragraph = Assert.Single(edition.Sections[0].Paragraphs);
        Assert.Equal("On 5 January 2022 it began.", paragraph.Text);
        Assert.Equal(
            """<p>On 5 January 2022<a id="en-note-ref-1" href="/articles/an-article?view=en#en-note-1" class="note-ref" role="doc-noteref"><sup>1</sup></a> it began.</p>""",
            paragraph.Html);
        var note = Assert.Single(edition.Notes);
        Assert.Equal(("en-note-1", 1, "The source writes 512022."), (note.Id, note.Number, note.Text));
        Assert.Contains("<em>512022</em>", note.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/articles/an-article?view=en#en-note-ref-1\" class=\"note-back\"", note.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_records_when_it_was_revised()
    {
        var revised = ArticleMarkdownParser.Parse(
            "articles/test/en.md",
            Markdown.FrontMatter("an-article", "en", "Title", "translated-from: ar\ntranslator: KazakhArticle\nrevised: 2026-11-26\n") + "\n## Part {#part}\n\nText.\n", TestLinks.Article);
        var unrevised = ArticleMarkdownParser.Parse(
            "articles/test/en.md",
            Markdown.FrontMatter("an-article", "en", "Title", "translated-from: ar\ntranslator: KazakhArticle\n") + "\n## Part {#part}\n\nText.\n", TestLinks.Article);

        Assert.Equal(new DateOnly(2026, 11, 26), revised.Metadata.Revised);
        Assert.Null(unrevised.Metadata.Revised);
    }

    [Theory]
    [InlineData("## عنوان\n\nنص.\n", 8, "has no id")]
    [InlineData("## عنوان {#عربي}\n\nنص.\n", 8, "must be lower-case ASCII")]
    [InlineData("## عنوان {#Upper_Case}\n\nنص.\n", 8, "must be lower-case ASCII")]
    [InlineData("## أ {#same}\n\nنص.\n\n## ب {#same}\n\nنص.\n", 12, "the id 'same' is already used on line 8")]
    [InlineData("## أ {#alpha}\n\nنص.\n\n## ب {#alpha-p1}\n\nنص.\n", 12, "the id 'alpha-p1' is already used on line 10")]
    [InlineData("## ب {#alpha-p1}\n\nنص.\n\n## أ {#alpha}\n\nنص.\n", 14, "the id 'alpha-p1' is already used on line 8")]
    [InlineData("# عنوان {#title}\n\nنص.\n", 8, "only '##' section headings")]
    [InlineData("### عنوان {#sub}\n\nنص.\n", 8, "only '##' section headings")]
    [InlineData("نص بلا عنوان.\n\n## أ {#alpha}\n\nنص.\n", 8, "text before the first section heading")]
    [InlineData("## أ {#alpha}\n", 1, "the article is empty")]
    [InlineData("", 1, "the article is empty")]
    public void Body_errors_name_the_file_and_line(string body, int line, string message)
    {
        var error = Assert.Throws<ContentValidationException>(() => Parse(Markdown.FrontMatter() + "\n" + body));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("articles/test/ar.md", problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## أ {#alpha}\n\nنص.\n", 1, "no front matter")]
    [InlineData("---\ntitle: [unclosed\nslug: x\n---\n\n## أ {#alpha}\n\nنص.\n", 2, "invalid front matter")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: ar\ncolour: red\n---\n\n## أ {#alpha}\n\nنص.\n", 6, "invalid front matter: unknown key 'colour'")]
    [InlineData("---\ntitle: ع\nslug: [x, y]\nauthor: ك\nlanguage: ar\n---\n\n## أ {#alpha}\n\nنص.\n", 3, "'slug' must be text")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: ar\nslug: y\n---\n\n## أ {#alpha}\n\nنص.\n", 6, "invalid front matter")]
    [InlineData("---\n- title\n- slug\n---\n\n## أ {#alpha}\n\nنص.\n", 2, "expected lines of 'key: value'")]
    [InlineData("---\ntitle: ~\nslug: x\nauthor: ك\nlanguage: ar\n---\n\n## أ {#alpha}\n\nنص.\n", 2, "lacks 'title'")]
    [InlineData("---\nslug: x\nauthor: ك\nlanguage: ar\n---\n\n## أ {#alpha}\n\nنص.\n", 2, "lacks 'title'")]
    [InlineData("---\ntitle: ع\nauthor: ك\nlanguage: ar\n---\n\n## أ {#alpha}\n\nنص.\n", 2, "lacks 'slug'")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\n---\n\n## أ {#alpha}\n\nنص.\n", 2, "lacks 'language'")]
    [InlineData("---\ntitle: ع\nslug: Not A Slug\nauthor: ك\nlanguage: ar\n---\n\n## أ {#alpha}\n\nنص.\n", 3, "slug 'Not A Slug'")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: arabic\n---\n\n## أ {#alpha}\n\nنص.\n", 5, "language 'arabic' is not a language this reader supports (ar, en)")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: fa\n---\n\n## أ {#alpha}\n\nنص.\n", 5, "language 'fa' is not a language this reader supports")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: en\ntranslated-from: fa\ntranslator: K\n---\n\n## أ {#alpha}\n\nنص.\n", 6, "translated-from 'fa' is not a language this reader supports")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: ar\ngenre: essay\n---\n\n## أ {#alpha}\n\nنص.\n", 6, "genre 'essay' is not one this reader knows (opinion, analysis, news, interview)")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: en\ntranslated-from: ar\n---\n\n## أ {#alpha}\n\nنص.\n", 6, "must name its 'translator'")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: en\ntranslated-from: ar\ntranslator: K\nrevised: 26/11/2026\n---\n\n## أ {#alpha}\n\nنص.\n", 8, "revised '26/11/2026' is not a date")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: en\ntranslated-from: ar\ntranslator: K\nrevised: 2026-02-30\n---\n\n## أ {#alpha}\n\nنص.\n", 8, "revised '2026-02-30' is not a date")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: ar\nrevised: 2026-11-26\n---\n\n## أ {#alpha}\n\nنص.\n", 6, "this file is the original")]
    public void Front_matter_errors_name_the_file_and_line(string markdown, int line, string message)
    {
        var error = Assert.Throws<ContentValidationException>(() => Parse(markdown));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith($"articles/test/ar.md:{line}: ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_at_once()
    {
        var error = Assert.Throws<ContentValidationException>(() => Parse(Markdown.Article(body: "## أ\n\nنص.\n\n## ب {#beta}\n\nنص.\n\n## ج\n\nنص.\n")));

        Assert.Equal([8, 16], error.Problems.Select(p => p.Line));
    }

    [Fact]
    public void Plain_text_keeps_code_entities_links_and_breaks_and_puts_each_block_of_a_list_on_its_own_line()
    {
        var edition = Parse(Markdown.Article(body: "## قسم {#first}\n\nرمز `x = 1` و&amp; و<https://example.org> سطر\nيتبع، وسطر  \nجديد.\n\n- أول\n- ثان\n"));

        Assert.Equal(
            ["رمز x = 1 و& وhttps://example.org سطر يتبع، وسطر\nجديد.", "أول\nثان"],
            edition.Sections[0].Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_front_matter_of_one_empty_string_is_empty()
    {
        var error = Assert.Throws<ContentValidationException>(() => Parse("---\n\"\"\n---\n\n## أ {#alpha}\n\nنص.\n"));

        Assert.Equal(new ContentProblem("articles/test/ar.md", 2, "the front matter is empty"), Assert.Single(error.Problems));
    }

    private static EditionContent Parse(string markdown) => ArticleMarkdownParser.Parse("articles/test/ar.md", markdown, TestLinks.Article);
}
