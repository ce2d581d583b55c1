using KazakhArticle.Core.Storage;
using KazakhArticle.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KazakhArticle.Core.Tests.Storage;

/// <summary>Why a cache is rebuilt, as the warning says it, and what is left of the old file.</summary>
public sealed class ReaderDatabaseTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly RecordingLogger<ReaderDatabase> _log = new();

    private ReaderDatabase Database => new(_database.Connections, _log);

    [Fact]
    public async Task A_new_cache_is_made_without_a_warning()
    {
        await Database.PrepareAsync();

        Assert.Empty(_log.Warnings);
        Assert.Equal(ReaderDatabase.CacheVersion, UserVersion());
    }

    [Fact]
    public async Task A_current_cache_is_kept_without_a_warning()
    {
        await Database.PrepareAsync();
        Execute("CREATE TABLE Kept (Id INTEGER)");

        await Database.PrepareAsync();

        Assert.Empty(_log.Warnings);
        Assert.Equal(1L, Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'Kept'"));
    }

    [Theory]
    [InlineData("PRAGMA user_version = 10", "its cache version is 10, this build's is 11")]
    [InlineData("DROP TABLE __EFMigrationsHistory", "it has no migration history")]
    [InlineData("DELETE FROM __EFMigrationsHistory", "its migrations () are not this build's (20261127023124_InitialCreate)")]
    [InlineData(
        "INSERT INTO __EFMigrationsHistory VALUES ('20261128000000_Next', '10.0.0')",
        "its migrations (20261127023124_InitialCreate, 20261128000000_Next) are not this build's (20261127023124_InitialCreate)")]
    public async Task A_cache_another_build_wrote_is_rebuilt_and_the_warning_says_why(string otherBuild, string reason)
    {
        await Database.PrepareAsync();
        Execute("CREATE TABLE Stale (Id INTEGER)");
        Execute(otherBuild);

        await Database.PrepareAsync();

        Assert.Equal([$"Rebuilding the database {_database.Path} from content: {reason}"], _log.Warnings);
        Assert.Equal(0L, Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'Stale'"));
        Assert.Equal(ReaderDatabase.CacheVersion, UserVersion());
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_rebuilt_and_the_warning_says_so()
    {
        await File.WriteAllTextAsync(_database.Path, "this is not a SQLite database, it is long enough to have a header");

        await Database.PrepareAsync();

        var warning = Assert.Single(_log.Warnings);
        Assert.StartsWith($"Rebuilding the database {_database.Path} from content: it is not a usable SQLite database (", warning, StringComparison.Ordinal);
        Assert.Equal(ReaderDatabase.CacheVersion, UserVersion());
    }

    [Fact]
    public async Task A_fault_found_while_the_app_ran_rebuilds_even_a_cache_that_looks_current()
    {
        await Database.PrepareAsync();
        Execute("CREATE TABLE Stale (Id INTEGER)");

        await Database.PrepareAsync("a read failed");

        Assert.Equal([$"Rebuilding the database {_database.Path} from content: a read failed"], _log.Warnings);
        Assert.Equal(0L, Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'Stale'"));
    }

    [Fact]
    public async Task A_fault_is_told_even_when_the_file_is_already_gone()
    {
        await Database.PrepareAsync("a read failed");

        Assert.Equal([$"Rebuilding the database {_database.Path} from content: a read failed"], _log.Warnings);
    }

    [Fact]
    public async Task Pooled_connections_to_the_old_file_are_dropped_when_it_is_rebuilt()
    {
        // The app pools its connections (the tests' database does not): one left open on the deleted file would read it.
        var pooled = new ReaderConnections($"Data Source={_database.Path}");
        await new ReaderDatabase(pooled, _log).PrepareAsync();
        Execute("PRAGMA user_version = 8");
        using (pooled.Open())
        {
        }

        await new ReaderDatabase(pooled, _log).PrepareAsync();

        using var connection = pooled.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        Assert.Equal((long)ReaderDatabase.CacheVersion, command.ExecuteScalar());
    }

    private void Execute(string sql)
    {
        using var connection = _database.Connections.OpenForWriting();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var connection = _database.Connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private long UserVersion() => Scalar("PRAGMA user_version");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }
}
