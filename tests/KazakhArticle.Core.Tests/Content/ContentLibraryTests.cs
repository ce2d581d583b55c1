using KazakhArticle.Core.Content;
using KazakhArticle.Core.Tests.Support;

namespace KazakhArticle.Core.Tests.Content;

public sealed class ContentLibraryTests : IDisposable
{
    private readonly TempContent _content = new();

    [Fact]
    public void Reads_the_shipped_article_with_a_stable_hash()
    {
        _content.CopyShippedArticle();

        var first = Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article));
        var second = Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article));

        Assert.True(first.Succeeded);
        Assert.Equal(Shipped.Slug, first.Article!.Slug);
        Assert.Equal(64, first.Article.ContentHash.Length);
        Assert.Equal(first.Article.ContentHash, second.Article!.ContentHash);
    }

    [Fact]
    public void A_changed_file_changes_the_hash()
    {
        var path = _content.Write("articles/a/ar.md", Markdown.Article("a"));
        var before = ContentLibrary.Read(_content.Root, TestLinks.Article)[0].Article!.ContentHash;

        File.AppendAllText(path, "\nفقرة جديدة.\n");

        Assert.NotEqual(before, ContentLibrary.Read(_content.Root, TestLinks.Article)[0].Article!.ContentHash);
    }

    [Fact]
    public void Files_that_hash_to_a_stored_article_are_not_parsed()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a"));
        var path = _content.Write("articles/b/ar.md", Markdown.Article("b"));
        var stored = ContentLibrary.Read(_content.Root, TestLinks.Article).ToDictionary(r => r.Article!.ContentHash, r => r.Article!.Slug);

        File.AppendAllText(path, "\nفقرة جديدة.\n");
        var results = ContentLibrary.Read(_content.Root, TestLinks.Article, stored);

        Assert.Equal("a", results[0].Unchanged);
        Assert.Null(results[0].Article);
        Assert.True(results[0].Succeeded);
        Assert.Null(results[1].Unchanged);
        Assert.Equal("b", results[1].Article!.Slug);
        Assert.DoesNotContain(results[1].Article!.ContentHash, stored.Keys);
    }

    [Fact]
    public void A_duplicate_slug_is_rejected_naming_both_places()
    {
        _content.Write("articles/first/ar.md", Markdown.Article("same-slug"));
        _content.Write("articles/second/ar.md", Markdown.Article("same-slug"));

        var results = ContentLibrary.Read(_content.Root, TestLinks.Article);

        Assert.True(results[0].Succeeded);
        var problem = Assert.Single(results[1].Problems);
        Assert.Equal("articles/second/ar.md", problem.File);
        Assert.Contains("duplicate slug 'same-slug': articles/first already has it", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_for_another_language_is_rejected()
    {
        _content.Write("articles/a/en.md", Markdown.Article("a"));

        var problem = Assert.Single(Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article)).Problems);

        Assert.Contains("named for 'en' but its front matter says language 'ar'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_markdown_is_reported_not_skipped()
    {
        _content.Write("articles/empty/notes.txt", "nothing");

        var result = Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article));

        Assert.False(result.Succeeded);
        Assert.Contains("no markdown file", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_content_folder_says_which_setting_to_fix()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => ContentLibrary.Read(Path.Combine(_content.Root, "nowhere"), TestLinks.Article));
        Assert.Contains("Reader:ContentPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_with_a_missing_paragraph_is_rejected_naming_file_section_and_both_counts()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أ {#alpha}\n\nواحد.\n\nاثنان.\n\n## ب {#beta}\n\nثلاثة.\n"));
        _content.Write("articles/a/en.md", Translation("a", "## A {#alpha}\n\nOne.\n\n## B {#beta}\n\nThree.\n"));

        var problem = Assert.Single(Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article)).Problems);

        Assert.Equal("articles/a/en.md", problem.File);
        Assert.Equal(10, problem.Line);
        Assert.Equal("section 'alpha' has 1 paragraphs but the original (articles/a/ar.md) has 2", problem.Message);
    }

    [Fact]
    public void A_translation_whose_sections_differ_is_rejected()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أ {#alpha}\n\nواحد.\n\n## ب {#beta}\n\nاثنان.\n"));
        _content.Write("articles/a/en.md", Translation("a", "## A {#alpha}\n\nOne.\n\n## B {#bravo}\n\nTwo.\n"));

        var problem = Assert.Single(Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article)).Problems);

        Assert.Equal("articles/a/en.md", problem.File);
        Assert.Contains("section 2 is 'bravo' but the original (articles/a/ar.md) has 'beta'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_that_stops_early_is_rejected()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أ {#alpha}\n\nواحد.\n\n## ب {#beta}\n\nاثنان.\n"));
        _content.Write("articles/a/en.md", Translation("a", "## A {#alpha}\n\nOne.\n"));

        var problem = Assert.Single(Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article)).Problems);

        Assert.Contains("section 2 is '(none)' but the original (articles/a/ar.md) has 'beta'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_aligned_translation_is_read_beside_its_original()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أ {#alpha}\n\nواحد.\n"));
        _content.Write("articles/a/en.md", Translation("a", "## A {#alpha}\n\nOne.\n"));

        var article = Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article)).Article!;

        Assert.Equal(["ar", "en"], article.Editions.Select(e => e.Language));
        Assert.Equal("ar", article.Original.Language);
    }

    [Fact]
    public void A_translation_of_another_language_or_slug_is_rejected()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أ {#alpha}\n\nواحد.\n"));
        _content.Write("articles/a/en.md", Translation("b", "## A {#alpha}\n\nOne.\n", from: "en"));

        var problems = Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article)).Problems;

        Assert.Contains(problems, p => p.Message.Contains("slug 'b' differs from the original's 'a'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("translated-from 'en' is not the original's language 'ar'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_in_a_language_the_reader_does_not_support_is_rejected_at_its_line_and_keeps_out_only_itself()
    {
        // Imported, it would be served and then named by a raw resource key (LanguageName_fr) in the view switcher.
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أ {#alpha}\n\nواحد.\n"));
        _content.Write("articles/a/fr.md", Markdown.FrontMatter("a", "fr", "Titre", "translated-from: ar\ntranslator: KazakhArticle\n") + "\n## A {#alpha}\n\nUn.\n");

        var result = Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("articles/a/fr.md", 5), (problem.File, problem.Line));
        Assert.Contains("language 'fr' is not a language this reader supports (ar, en)", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["ar"], result.OriginalAlone!.Editions.Select(e => e.Language));
    }

    private static string Translation(string slug, string body, string from = "ar") =>
        Markdown.FrontMatter(slug, "en", "Title", $"translated-from: {from}\ntranslator: KazakhArticle\n") + "\n" + body;

    public void Dispose() => _content.Dispose();
}
