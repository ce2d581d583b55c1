using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace KazakhArticle.Core.Storage;

/// <summary>Brings the database file to the current schema, rebuilding it when it is not a usable database.</summary>
public sealed partial class ReaderDatabase(IDbContextFactory<ReaderDbContext> dbFactory, ReaderConnections connections, ILogger<ReaderDatabase> logger)
{
    private const int SqliteCantOpen = 14;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            if (IsCurrent())
            {
                return;
            }

            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 /* SQLITE_NOTADB */ or 11 /* SQLITE_CORRUPT */)
        {
            // The database only caches content/, so a damaged file is rebuilt rather than repaired.
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            LogRebuilding(ex, db.Database.GetDbConnection().DataSource);
            SqliteConnection.ClearAllPools();
            await db.Database.EnsureDeletedAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    /// <summary>The migrations this build has, by id; what EF's migrator applies.</summary>
    internal static IReadOnlyList<string> KnownMigrations() =>
    [
        .. typeof(ReaderDbContext).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract
                && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(ReaderDbContext))
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal),
    ];

    /// <remarks>
    /// Nearly every start finds the database at the latest migration. Reading the history table tells so; EF's
    /// migrator takes its lock (a row written to the database), checks the model against the migrations' snapshot and
    /// builds a model for its history table first, a third of a second of a cold start to find nothing to do. A
    /// database that lacks a migration, or no file yet, still goes through it. Opened without creating the file: EF
    /// creates a new database itself, in WAL mode. A file that is not a database fails here as it would there.
    /// </remarks>
    private bool IsCurrent()
    {
        var builder = new SqliteConnectionStringBuilder(connections.ConnectionString) { Mode = SqliteOpenMode.ReadWrite };
        if (builder.DataSource is ":memory:" or "")
        {
            return false;
        }

        try
        {
            using var connection = new SqliteConnection(builder.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $table";
            command.Parameters.AddWithValue("$table", HistoryRepository.DefaultTableName);
            if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return false;
            }

            command.CommandText = $"SELECT MigrationId FROM \"{HistoryRepository.DefaultTableName}\"";
            var applied = new HashSet<string>(StringComparer.Ordinal);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                applied.Add(reader.GetString(0));
            }

            return KnownMigrations().All(applied.Contains);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteCantOpen)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database {Path} is not usable; rebuilding it from content")]
    private partial void LogRebuilding(Exception exception, string path);
}
