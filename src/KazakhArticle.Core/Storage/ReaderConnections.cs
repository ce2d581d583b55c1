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

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }
}
