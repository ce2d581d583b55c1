using System.Diagnostics;
using KazakhArticle.Core.Content;
using KazakhArticle.Core.Search;
using KazakhArticle.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace KazakhArticle.Core.Tests.Content;

/// <summary>perf/generate-corpus.sh: the corpus search is measured on must be valid content, varied and repeatable.</summary>
public sealed class GeneratedCorpusTests : IDisposable
{
    private const int Count = 12;
    private readonly TempContent _first = new();
    private readonly TempContent _second = new();
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Every_article_is_valid_content_with_its_own_slug()
    {
        await GenerateAsync(_first.Root, Count);

        var results = ContentLibrary.Read(_first.Root, TestLinks.Article);

        Assert.Equal(Count, results.Count);
        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("; ", r.Problems)));
        Assert.Equal(Count, results.Select(r => r.Article!.Slug).Distinct().Count());
        Assert.Equal(Count, results.Select(r => r.Article!.Original.Sections.SelectMany(s => s.Paragraphs).First().Text).Distinct().Count());
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_corpus_and_article_n_is_the_same_whatever_the_count()
    {
        await GenerateAsync(_first.Root, Count);
        await GenerateAsync(_second.Root, Count / 2);

        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(_second.Root, "articles")))
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var twin = Path.Combine(_first.Root, Path.GetRelativePath(_second.Root, file));
                Assert.Equal(await File.ReadAllBytesAsync(twin), await File.ReadAllBytesAsync(file));
            }
        }
    }

    [Fact]
    public async Task A_name_is_found_in_some_articles_not_all()
    {
        await GenerateAsync(_first.Root, Count);
        await _database.PrepareAsync();
        var report = await _database.Importer.ImportAsync(_first.Root);
        Assert.Empty(report.Failed);
        var search = new ArticleSearch(_database.Connections, NullLogger<ArticleSearch>.Instance);

        var hits = await search.SearchAsync("Baikonur", "en", 0, ArticleSearch.MaxLimit);

        var articles = hits.Results.Select(h => h.Slug).Distinct().Count();
        Assert.InRange(articles, 1, Count - 1);
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        _database.Dispose();
    }

    private static async Task GenerateAsync(string folder, int count)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "perf", "generate-corpus.sh"), folder, count.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"generate-corpus.sh exited with {process.ExitCode}: {await errors}{await output}");
    }
}
