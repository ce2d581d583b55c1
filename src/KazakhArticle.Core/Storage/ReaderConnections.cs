using Microsoft.Data.Sqlite;

namespace KazakhArticle.Core.Storage;

/// <summary>Connections to the SQLite cache: the app's every statement goes through one, none through a database context.</summary>
/// <remarks>
/// Everything a start runs before its first page (creating the schema, the import, the article's read) is written
/// this way: through a context, a cold start paid for EF Core's own start (its service provider, the model, the
/// migrations history's model, the compilation of each query) before it served anything, most of a second on one
/// core. EF Core defines the schema (<see cref="ReaderDbContext"/>, its configurations and its migration) and writes
/// its script; tests check the statements here against it. Microsoft.Data.Sqlite pools the connections.
/// </remarks>
public sealed class ReaderConnections(string connectionString)
{
    public string ConnectionString { get; } = connectionString;

    // Reading never creates the file: a cache deleted while the app runs must fail the read (and be rebuilt, see
    // Faulted), not come back as an empty file that answers "no such table", or a search with no hits.
    private readonly string _readConnectionString = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite }.ConnectionString;

    /// <summary>
    /// Raised, with SQLite's reason, when a statement found the cache itself unusable (see <see cref="ReportFault"/>):
    /// the app rebuilds it from <c>content/</c>.
    /// </summary>
    public event Action<string>? Faulted;

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_readConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Whether <paramref name="exception"/> says the cache is unusable (gone, damaged, not a database, or without its
    /// tables) rather than that one statement failed; when it does, <see cref="Faulted"/> is raised.
    /// </summary>
    public bool ReportFault(Exception exception)
    {
        if (!IsFault(exception))
        {
            return false;
        }

        Faulted?.Invoke(exception.Message);
        return true;
    }

    public static bool IsFault(Exception exception) =>
        exception is SqliteException sqlite && sqlite.SqliteErrorCode switch
        {
            10 /* SQLITE_IOERR */ or 11 /* SQLITE_CORRUPT */ or 14 /* SQLITE_CANTOPEN */ or 26 /* SQLITE_NOTADB */ => true,
            1 /* SQLITE_ERROR */ => sqlite.Message.Contains("no such table", StringComparison.Ordinal),
            _ => false,
        };

    /// <summary>A connection for writing the cache: its commits are not flushed to the disk one by one.</summary>
    /// <remarks>
    /// In WAL mode, <c>synchronous = NORMAL</c> keeps the file consistent through a crash or a power cut and may lose
    /// only the last commits, which a cache can afford: an article whose commit was lost is imported again at the next
    /// start. A flush per commit (SQLite's default, FULL) was up to a third of a second of a new instance's start.
    /// The setting belongs to the connection, so it is made on every open.
    /// </remarks>
    public SqliteConnection OpenForWriting()
    {
        // Writing creates the file: a new cache is made through here (see ReaderDatabase).
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = NORMAL";
        command.ExecuteNonQuery();
        return connection;
    }
}
