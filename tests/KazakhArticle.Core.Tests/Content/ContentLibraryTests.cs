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

        var first = Assert.Single(ContentLibrary.Read(_content.Root));
        var second = Assert.Single(ContentLibrary.Read(_content.Root));

        Assert.True(first.Succeeded);
        Assert.Equal("kazakhstan-eurasian-line", first.Article!.Slug);
        Assert.Equal(64, first.Article.ContentHash.Length);
        Assert.Equal(first.Article.ContentHash, second.Article!.ContentHash);
    }

    [Fact]
    public void A_changed_file_changes_the_hash()
    {
        var path = _content.Write("articles/a/ar.md", Markdown.Article("a"));
        var before = ContentLibrary.Read(_content.Root)[0].Article!.ContentHash;

        File.AppendAllText(path, "\nفقرة جديدة.\n");

        Assert.NotEqual(before, ContentLibrary.Read(_content.Root)[0].Article!.ContentHash);
    }

    [Fact]
    public void A_duplicate_slug_is_rejected_naming_both_places()
    {
        _content.Write("articles/first/ar.md", Markdown.Article("same-slug"));
        _content.Write("articles/second/ar.md", Markdown.Article("same-slug"));

        var results = ContentLibrary.Read(_content.Root);

        Assert.True(results[0].Succeeded);
        var problem = Assert.Single(results[1].Problems);
        Assert.Equal("articles/second/ar.md", problem.File);
        Assert.Contains("duplicate slug 'same-slug': articles/first already has it", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_for_another_language_is_rejected()
    {
        _content.Write("articles/a/en.md", Markdown.Article("a"));

        var problem = Assert.Single(Assert.Single(ContentLibrary.Read(_content.Root)).Problems);

        Assert.Contains("named for 'en' but its front matter says language 'ar'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_markdown_is_reported_not_skipped()
    {
        _content.Write("articles/empty/notes.txt", "nothing");

        var result = Assert.Single(ContentLibrary.Read(_content.Root));

        Assert.False(result.Succeeded);
        Assert.Contains("no markdown file", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_content_folder_says_which_setting_to_fix()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => ContentLibrary.Read(Path.Combine(_content.Root, "nowhere")));
        Assert.Contains("Content:Path", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _content.Dispose();
}
