using KazakhArticle.Core.Storage;
using KazakhArticle.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KazakhArticle.Core.Tests.Storage;

/// <summary>Which SQLite failures mean the cache itself is unusable (and so is rebuilt), and who is told.</summary>
public sealed class ReaderConnectionsTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Theory]
    [InlineData(10, "disk I/O error")] // SQLITE_IOERR
    [InlineData(11, "database disk image is malformed")] // SQLITE_CORRUPT
    [InlineData(14, "unable to open database file")] // SQLITE_CANTOPEN
    [InlineData(26, "file is not a database")] // SQLITE_NOTADB
    [InlineData(1, "no such table: Paragraphs")] // SQLITE_ERROR, the schema gone
    public void A_cache_that_is_gone_damaged_or_without_its_tables_is_a_fault(int code, string message)
    {
        Assert.True(ReaderConnections.IsFault(new SqliteException(message, code)));
    }

    [Theory]
    [InlineData(1, "fts5: syntax error near \"\"")] // SQLITE_ERROR of one statement: the cache is sound
    [InlineData(5, "database is locked")] // SQLITE_BUSY
    [InlineData(19, "UNIQUE constraint failed")] // SQLITE_CONSTRAINT
    [InlineData(13, "database or disk is full")] // SQLITE_FULL: rebuilding would not help
    public void A_statement_that_failed_on_a_sound_cache_is_no_fault(int code, string message)
    {
        Assert.False(ReaderConnections.IsFault(new SqliteException(message, code)));
    }

    [Fact]
    public void An_exception_that_is_not_SQLite_s_is_no_fault_whatever_its_message()
    {
        Assert.False(ReaderConnections.IsFault(new InvalidOperationException("no such table: Paragraphs")));
    }

    [Fact]
    public void A_fault_is_reported_to_every_listener_with_SQLite_s_reason()
    {
        var heard = new List<string>();
        _database.Connections.Faulted += heard.Add;

        Assert.True(_database.Connections.ReportFault(new SqliteException("file is not a database", 26)));
        Assert.Equal(["file is not a database"], heard);
    }

    [Fact]
    public void A_failure_that_is_no_fault_is_not_reported()
    {
        var heard = new List<string>();
        _database.Connections.Faulted += heard.Add;

        Assert.False(_database.Connections.ReportFault(new SqliteException("database is locked", 5)));
        Assert.Empty(heard);
    }

    [Fact]
    public void A_fault_with_nobody_listening_is_still_said_to_be_one()
    {
        Assert.True(_database.Connections.ReportFault(new SqliteException("disk I/O error", 10)));
    }

    [Fact]
    public void Reading_a_cache_that_is_not_there_fails_and_does_not_create_it()
    {
        var failure = Assert.Throws<SqliteException>(() => _database.Connections.Open());

        Assert.Equal(14, failure.SqliteErrorCode);
        Assert.False(File.Exists(_database.Path));
    }

    [Fact]
    public void Writing_creates_the_cache_file()
    {
        using var connection = _database.Connections.OpenForWriting();

        Assert.True(File.Exists(_database.Path));
    }

    public void Dispose() => _database.Dispose();
}
