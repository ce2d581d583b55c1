using KazakhArticle.Core.Search;
using KazakhArticle.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>
/// An index that cannot be read is a fault of the cache, reported so that it is rebuilt, not an empty result; a
/// statement SQLite rejects while the cache is sound marks nothing on a page and is logged.
/// </summary>
public sealed class ArticleSearchFaultTests : IAsyncLifetime, IDisposable
{
    private readonly TempContent _content = new();
    private readonly TestDatabase _database = new();
    private readonly List<string> _faults = [];
    private readonly RecordingLogger<ArticleSearch> _log = new();
    private ArticleSearch _search = null!;

    public async Task InitializeAsync()
    {
        _content.CopyShippedArticle();
        await _database.PrepareAsync();
        await _database.Importer.ImportAsync(_content.Root);
        _database.Connections.Faulted += _faults.Add;
        _search = new ArticleSearch(_database.Connections, _log);
    }

    [Fact]
    public async Task A_search_over_a_missing_index_is_reported_as_a_fault_and_fails()
    {
        Execute("DROP TABLE SearchVocabulary; DROP TABLE SearchEntries;");

        var failure = await Assert.ThrowsAsync<SqliteException>(() => _search.SearchAsync("Baikonur", "en"));

        Assert.Contains("no such table", failure.Message, StringComparison.Ordinal);
        Assert.Contains("no such table", Assert.Single(_faults), StringComparison.Ordinal);
        Assert.Empty(_log.Warnings);
    }

    [Fact]
    public async Task Marking_a_page_over_a_missing_index_is_reported_as_a_fault_and_fails()
    {
        Execute("DROP TABLE SearchVocabulary; DROP TABLE SearchEntries;");

        await Assert.ThrowsAsync<SqliteException>(() => _search.MatchedPlacesAsync(Shipped.Slug, "Baikonur"));

        Assert.Contains("no such table", Assert.Single(_faults), StringComparison.Ordinal);
        Assert.Empty(_log.Warnings);
    }

    [Fact]
    public async Task A_rejected_expression_marks_nothing_on_the_page_and_is_logged_once()
    {
        Assert.NotEmpty(await _search.MatchedPlacesAsync(Shipped.Slug, "بايكونور"));

        // The index swapped for a plain table of the same name and columns: every MATCH is then refused, as a
        // malformed expression would be, while the cache is otherwise whole (as in SearchFailureTests).
        Execute("""
            DROP TABLE SearchVocabulary;
            CREATE TABLE Kept AS SELECT rowid AS rowid, * FROM SearchEntries;
            DROP TABLE SearchEntries;
            ALTER TABLE Kept RENAME TO SearchEntries;
            """);

        var places = await _search.MatchedPlacesAsync(Shipped.Slug, "بايكونور");

        Assert.Empty(places);
        Assert.Empty(_faults);
        var logged = Assert.Single(_log.Warnings);
        Assert.StartsWith("Search expression", logged, StringComparison.Ordinal);
        Assert.Contains("بايكون", logged, StringComparison.Ordinal);
    }

    private void Execute(string sql)
    {
        using var connection = _database.Connections.OpenForWriting();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _database.Dispose();
        _content.Dispose();
    }
}
