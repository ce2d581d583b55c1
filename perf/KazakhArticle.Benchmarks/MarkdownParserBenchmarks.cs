using BenchmarkDotNet.Attributes;
using KazakhArticle.Core.Content;
using KazakhArticle.Web.Routing;

namespace KazakhArticle.Benchmarks;

/// <summary>Parsing the shipped files: what every import of a changed article pays, per language.</summary>
[MemoryDiagnoser]
public class MarkdownParserBenchmarks
{
    private string _arabic = "";
    private string _english = "";

    [GlobalSetup]
    public void Setup()
    {
        _arabic = File.ReadAllText(Path.Combine(Repository.ShippedArticle, "ar.md"));
        _english = File.ReadAllText(Path.Combine(Repository.ShippedArticle, "en.md"));
    }

    [Benchmark]
    public EditionContent Parse_ar_md() => ArticleMarkdownParser.Parse("articles/kazakhstan-eurasian-line/ar.md", _arabic, ReaderUrls.StoredArticleLink);

    [Benchmark]
    public EditionContent Parse_en_md() => ArticleMarkdownParser.Parse("articles/kazakhstan-eurasian-line/en.md", _english, ReaderUrls.StoredArticleLink);
}
