using KazakhArticle.Core.Content;
using KazakhArticle.Core.Tests.Support;

namespace KazakhArticle.Core.Tests.Content;

/// <summary>Front matter values as read (trimmed, YAML's nulls) and the exact problems of a bad one.</summary>
public sealed class FrontMatterTests
{
    [Fact]
    public void Every_value_is_read_and_trimmed()
    {
        var metadata = Parse("""
            ---
            title: "  عنوان  "
            slug: a-slug
            author: ' كاتب '
            outlet: " الجريدة "
            language: en
            genre: news
            translated-from: ar
            translator: " T "
            revised: 2026-02-28
            ---
            """).Metadata;

        Assert.Equal(new ArticleMetadata("عنوان", "a-slug", "كاتب", "الجريدة", "en", "news", "ar", "T", new DateOnly(2026, 2, 28)), metadata);
    }

    [Theory]
    [InlineData("outlet: \"   \"")] // blank is as good as absent
    [InlineData("outlet: ~")]
    [InlineData("outlet: null")]
    [InlineData("outlet: Null")]
    [InlineData("outlet: NULL")]
    [InlineData("outlet:")]
    public void Blank_and_yaml_null_values_are_absent(string outlet) =>
        Assert.Null(Parse($"---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: ar\n{outlet}\n---\n").Metadata.Outlet);

    [Fact]
    public void A_quoted_null_is_text()
    {
        Assert.Equal("null", Parse("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: ar\noutlet: \"null\"\n---\n").Metadata.Outlet);
    }

    [Theory]
    [InlineData("---\n# only a comment\n---\n", 2, "the front matter is empty")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: ar\ncolour: red\n---\n", 6, "invalid front matter: unknown key 'colour' (the keys are title, slug, author, outlet, language, genre, translated-from, translator, revised)")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: ar\nslug: y\n---\n", 6, "invalid front matter: Duplicate key slug")] // YAML refuses it before the reader sees it
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: ar\ngenre:\n  - news\n---\n", 7, "invalid front matter: 'genre' must be text, not a list or a mapping")]
    [InlineData("---\ntitle: ع\n- slug\n---\n", 3, "invalid front matter: ")]
    [InlineData("---\njust text\n---\n", 2, "invalid front matter: expected lines of 'key: value'")]
    [InlineData("---\nslug: x\nauthor: ك\nlanguage: ar\n---\n", 2, "the front matter lacks 'title'")]
    [InlineData("---\ntitle: ع\nslug: x\nlanguage: ar\n---\n", 2, "the front matter lacks 'author'")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: ar\n\nslug: y\n---\n", 7, "invalid front matter: Duplicate key slug")] // its own line, blank lines counted
    [InlineData("---\ntitle: ع\nslug: Not-A-Slug\nauthor: ك\nlanguage: ar\n---\n", 3, "slug 'Not-A-Slug' must be lower-case ASCII letters, digits and single hyphens")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: fr\n---\n", 5, "language 'fr' is not a language this reader supports (ar, en)")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: en\ntranslated-from: fr\ntranslator: T\n---\n", 6, "translated-from 'fr' is not a language this reader supports (ar, en)")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: ar\ngenre: essay\n---\n", 6, "genre 'essay' is not one this reader knows (opinion, analysis, news, interview)")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: en\ntranslated-from: ar\n---\n", 6, "a translation must name its 'translator'")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: en\ntranslated-from: ar\ntranslator: T\nrevised: 2026-13-01\n---\n", 8, "revised '2026-13-01' is not a date written as yyyy-mm-dd, such as 2026-11-26")]
    [InlineData("---\ntitle: ع\nslug: x\nauthor: ك\nlanguage: ar\nrevised: 2026-11-26\n---\n", 6, "'revised' dates the revision of a translation; this file is the original")]
    public void A_bad_front_matter_is_reported_in_these_words_at_its_line(string frontMatter, int line, string message)
    {
        var error = Assert.Throws<ContentValidationException>(() => Parse(frontMatter));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("articles/test/ar.md", line), (problem.File, problem.Line));
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_ending_inside_an_open_bracket_is_reported_at_its_line()
    {
        var error = Assert.Throws<ContentValidationException>(() => Parse("---\ntitle: ع\nslug: x\nauthor: {\n---\n"));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("invalid front matter: ", problem.Message, StringComparison.Ordinal);
        Assert.InRange(problem.Line, 4, 5); // the open { or the end of the text just after it
    }

    [Fact]
    public void Missing_values_are_reported_together_at_the_front_matter_s_first_line()
    {
        var error = Assert.Throws<ContentValidationException>(() => Parse("---\noutlet: O\n---\n"));

        Assert.Equal(
            [(2, "the front matter lacks 'title'"), (2, "the front matter lacks 'slug'"), (2, "the front matter lacks 'author'"), (2, "the front matter lacks 'language'")],
            error.Problems.Select(p => (p.Line, p.Message)));
    }

    private static EditionContent Parse(string frontMatter) =>
        ArticleMarkdownParser.Parse("articles/test/ar.md", frontMatter + "\n## أ {#alpha}\n\nنص.\n", TestLinks.Article);
}
