using BenchmarkDotNet.Attributes;
using KazakhArticle.Core.Content;
using KazakhArticle.Core.Search;
using KazakhArticle.Web.Routing;

namespace KazakhArticle.Benchmarks;

/// <summary>The analyzer runs on every indexed paragraph and every query: one real paragraph in each language.</summary>
[MemoryDiagnoser]
public class TextAnalyzerBenchmarks
{
    private string _arabic = "";
    private string _english = "";

    [GlobalSetup]
    public void Setup()
    {
        // The first paragraph of the shipped article and of its translation (the same paragraph, aligned).
        _arabic = FirstParagraph("ar.md");
        _english = FirstParagraph("en.md");
    }

    [Benchmark]
    public string Arabic_paragraph() => TextAnalyzer.IndexText(_arabic);

    [Benchmark]
    public string English_paragraph() => TextAnalyzer.IndexText(_english);

    /// <summary>The Arabic words as written, indexed beside the terms for ranking (see <c>TextAnalyzer.SurfaceText</c>).</summary>
    [Benchmark]
    public string Arabic_paragraph_surfaces() => TextAnalyzer.SurfaceText(_arabic);

    private static string FirstParagraph(string file)
    {
        var path = Path.Combine(Repository.ShippedArticle, file);
        var edition = ArticleMarkdownParser.Parse(file, File.ReadAllText(path), ReaderUrls.StoredArticleLink);
        return edition.Sections[0].Paragraphs[0].Text;
    }
}
