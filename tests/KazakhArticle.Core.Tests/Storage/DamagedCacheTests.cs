using KazakhArticle.Core.Storage;
using KazakhArticle.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KazakhArticle.Core.Tests.Storage;

/// <summary>
/// A cache whose pages were overwritten behind SQLite's back, header and schema intact, is found at start-up and made
/// again (issue 11: it was served as a 500 on every request, after every restart).
/// </summary>
public sealed class DamagedCacheTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TempContent _content = new();

    [Fact]
    public async Task A_cache_with_overwritten_pages_is_rebuilt_and_imports_again()
    {
        _content.CopyShippedArticle();
        await _database.PrepareAsync();
        Assert.Single((await _database.Importer.ImportAsync(_content.Root)).Imported);
        SqliteConnection.ClearAllPools(); // the last connection checkpoints the WAL into the file

        Overwrite(pages: 5);
        Assert.NotEqual("ok", QuickCheck());

        var log = new RecordingLogger<ReaderDatabase>();
        await new ReaderDatabase(_database.Connections, log).PrepareAsync();

        Assert.StartsWith($"Rebuilding the database {_database.Path} from content: it is damaged (", Assert.Single(log.Warnings), StringComparison.Ordinal);

        Assert.Equal("ok", QuickCheck());
        Assert.Single((await _database.Importer.ImportAsync(_content.Root)).Imported); // not "unchanged": made again
    }

    [Fact]
    public async Task A_sound_cache_is_kept()
    {
        _content.CopyShippedArticle();
        await _database.PrepareAsync();
        await _database.Importer.ImportAsync(_content.Root);
        SqliteConnection.ClearAllPools();

        await _database.PrepareAsync();

        Assert.Single((await _database.Importer.ImportAsync(_content.Root)).Unchanged);
    }

    /// <summary>Garbage over data pages in the file's second half: the header, the schema and the first pages stay whole.</summary>
    private void Overwrite(int pages)
    {
        const int PageSize = 4096;
        using var file = new FileStream(_database.Path, FileMode.Open, FileAccess.ReadWrite);
        var start = file.Length / PageSize / 2 * PageSize;
        var garbage = Enumerable.Repeat((byte)0xA5, PageSize * pages).ToArray();
        file.Seek(start, SeekOrigin.Begin);
        file.Write(garbage);
    }

    private string QuickCheck()
    {
        using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(1)";
        return (string)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _database.Dispose();
        _content.Dispose();
    }
}
