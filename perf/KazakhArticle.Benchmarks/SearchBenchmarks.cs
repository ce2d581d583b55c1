using BenchmarkDotNet.Attributes;
using KazakhArticle.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace KazakhArticle.Benchmarks;

/// <summary>
/// <c>ArticleSearch.SearchAsync</c> as <c>/api/search</c> calls it (20 results, every language), on a database imported
/// once from the shipped content: the query the load script uses, an English word, and a Latin prefix (which also reads
/// the vocabulary table).
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private ImportedDatabase? _database;
    private ArticleSearch? _search;

    [Params("كازاخستان روسيا", "Eurasian", "nazarbay*")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public async Task Setup()
    {
        _database = await ImportedDatabase.CreateAsync();
        _search = _database.Services.GetRequiredService<ArticleSearch>();
        var results = await _search.SearchAsync(Query, language: null);
        if (results.Total == 0)
        {
            throw new InvalidOperationException($"'{Query}' finds nothing in the shipped content: the bench would measure an empty search.");
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Benchmark]
    public Task<SearchResults> Search() => _search!.SearchAsync(Query, language: null);
}
