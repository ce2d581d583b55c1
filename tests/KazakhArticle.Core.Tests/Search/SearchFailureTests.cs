using KazakhArticle.Core.Search;
using KazakhArticle.Core.Tests.Support;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>What the search does with a query SQLite rejects while the cache is sound: what the tests of hostile queries rely on.</summary>
public sealed class SearchFailureTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task A_rejected_query_is_logged_once_in_one_line_with_its_expression_and_answered_with_no_hits()
    {
        _content.CopyShippedArticle();
        await _database.PrepareAsync();
        await _database.Importer.ImportAsync(_content.Root);

        // The index swapped for a plain table of the same name and columns: every MATCH is then refused (SQLITE_ERROR),
        // as a malformed expression would be, and the cache is otherwise whole, so it is no fault to rebuild from.
        using (var connection = _database.Connections.OpenForWriting())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                DROP TABLE SearchVocabulary;
                CREATE TABLE Kept AS SELECT rowid AS rowid, * FROM SearchEntries;
                DROP TABLE SearchEntries;
                ALTER TABLE Kept RENAME TO SearchEntries;
                """;
            command.ExecuteNonQuery();
        }

        var faults = new List<string>();
        _database.Connections.Faulted += faults.Add;
        var log = new RecordingLogger<ArticleSearch>();
        var results = await new ArticleSearch(_database.Connections, log).SearchAsync("بايكونور", "ar");

        Assert.Equal(0, results.Total);
        Assert.Empty(faults);
        var logged = Assert.Single(log.Warnings);
        Assert.StartsWith("Search expression", logged, StringComparison.Ordinal);
        Assert.Contains("بايكون", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("SELECT", logged, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', logged);
    }

    public void Dispose()
    {
        _database.Dispose();
        _content.Dispose();
    }
}
