using KazakhArticle.Core.Search;
using KazakhArticle.Core.Tests.Search.Reference;
using KazakhArticle.Core.Tests.Support;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>The shipped article imported once into a real SQLite database, for the search tests to share.</summary>
public sealed class SearchFixture : IAsyncLifetime, IDisposable
{
    private readonly TempContent _content = new();
    private readonly TestDatabase _database = new();

    public ArticleSearch Search { get; private set; } = null!;

    /// <summary>What the search logged: a query that SQLite rejects is logged, and answered with no hits.</summary>
    internal RecordingLogger<ArticleSearch> Log { get; } = new();

    /// <summary>The search as it was before it was made fast, over the same database: what it must still agree with.</summary>
    internal ReferenceSearch Reference { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _content.CopyShippedArticle();
        _content.CopyShippedAliases();
        await _database.PrepareAsync();
        var report = await _database.Importer.ImportAsync(_content.Root);
        Assert.Empty(report.Failed);
        Assert.Empty(report.AliasProblems);
        Assert.True(report.AliasesChanged);
        Search = new ArticleSearch(_database.Connections, Log);
        Reference = new ReferenceSearch(_database.Factory);
    }

    /// <summary>A place's whole text in the original, by its anchor: what a snippet shows only a passage of.</summary>
    public string OriginalText(string anchor)
    {
        using var connection = _database.Connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT OriginalText FROM SearchEntries WHERE coalesce(ParagraphId, SectionId) = $anchor";
        command.Parameters.AddWithValue("$anchor", anchor);
        return (string)command.ExecuteScalar()!;
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _database.Dispose();
        _content.Dispose();
    }
}
