using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace KazakhArticle.Core.Storage;

/// <summary>
/// Makes the database file a current cache of <c>content/</c>: kept when this build made it, otherwise deleted and
/// created again, for the import to fill. It only caches <c>content/</c>, so it is never migrated in place.
/// </summary>
public sealed partial class ReaderDatabase(ReaderConnections connections, ILogger<ReaderDatabase> logger)
{
    /// <summary>
    /// The one knob: bump it when the schema (the one migration, made again), what the parser stores or the terms the
    /// analyzer gives change (CacheVersionTests pins those). A cache written by a build with another version, or with
    /// other migrations, is rebuilt; the start after that imports every article again.
    /// </summary>
    internal const int CacheVersion = 11;

    private const int SqliteCantOpen = 14;

    /// <param name="fault">
    /// Why the cache is known to be unusable (a read failed while the app ran): it is made again whatever it looks like.
    /// </param>
    public async Task PrepareAsync(string? fault = null, CancellationToken cancellationToken = default)
    {
        var builder = new SqliteConnectionStringBuilder(connections.ConnectionString);
        string? stale;
        try
        {
            stale = fault ?? Staleness(builder);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 /* SQLITE_NOTADB */ or 11 /* SQLITE_CORRUPT */)
        {
            // A damaged file is rebuilt rather than repaired, as any other out-of-date cache.
            stale = $"it is not a usable SQLite database ({ex.Message})";
        }

        if (stale is null)
        {
            return;
        }

        if (File.Exists(builder.DataSource) || fault is not null)
        {
            LogRebuilding(builder.DataSource, stale);
        }

        SqliteConnection.ClearAllPools();

        // The journal files too, also when the database itself is gone: SQLite would play another file's WAL into the new one.
        foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
        {
            File.Delete(builder.DataSource + suffix);
        }

        await CreateAsync(cancellationToken);
    }

    /// <summary>EF Core's script of the migration, embedded in this assembly. Every start reads it: a new file is made
    /// from it, and an existing one is checked against the migrations it records.</summary>
    internal static readonly string Schema = ReadSchema();

    /// <summary>The migrations this build's schema script records, by id; what EF's migrator would apply.</summary>
    internal static readonly IReadOnlyList<string> KnownMigrations =
        [.. MigrationIds().Matches(Schema).Select(m => m.Groups["id"].Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex("""INSERT INTO "__EFMigrationsHistory" \("MigrationId", "ProductVersion"\)\s*VALUES \('(?<id>[^']+)'""")]
    private static partial Regex MigrationIds();

    /// <summary>Why the file is not this build's cache, or null when it is.</summary>
    /// <remarks>
    /// Read with plain SQLite: nearly every start finds the cache current, and going through EF's migrator to learn so
    /// (its lock, a row written to the database, the history table's model) was a third of a second of a cold start.
    /// Opened without creating the file: a new one is made by <see cref="CreateAsync"/>.
    /// </remarks>
    private static string? Staleness(SqliteConnectionStringBuilder builder)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(builder.ConnectionString) { Mode = SqliteOpenMode.ReadWrite }.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version";
            var version = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $table";
            command.Parameters.AddWithValue("$table", HistoryRepository.DefaultTableName);
            var hasHistory = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
            if (version != CacheVersion)
            {
                return $"its cache version is {version}, this build's is {CacheVersion}";
            }

            if (!hasHistory)
            {
                return "it has no migration history";
            }

            command.CommandText = $"SELECT MigrationId FROM \"{HistoryRepository.DefaultTableName}\" ORDER BY MigrationId";
            var applied = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    applied.Add(reader.GetString(0));
                }
            }

            if (!applied.SequenceEqual(KnownMigrations, StringComparer.Ordinal))
            {
                return $"its migrations ({string.Join(", ", applied)}) are not this build's ({string.Join(", ", KnownMigrations)})";
            }

            // Pages overwritten behind SQLite's back (a disk fault, a stray write) leave the header and the schema whole:
            // only reading every page finds them. A few milliseconds for this cache (docs/performance.md); a damaged one
            // was served as a 500 on every request, after every restart, while /healthz said Healthy (issue 11).
            command.CommandText = "PRAGMA quick_check(1)";
            return command.ExecuteScalar() is "ok" ? null : $"it is damaged ({command.ExecuteScalar()})";
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteCantOpen)
        {
            return "there is no database yet";
        }
    }

    /// <summary>
    /// Creates the schema in a new file, in WAL mode, and stamps it with the cache version last: a start that dies in
    /// between leaves a file the next start rebuilds.
    /// </summary>
    /// <remarks>
    /// The schema is EF Core's script of the migration (<c>Storage/Schema.sql</c>, from <c>dotnet ef migrations
    /// script</c>; a test fails when it is not what EF generates), run with plain SQLite: EF's migrator would first
    /// start EF Core (its services, the history table's model, its lock), a fifth of a second of every new instance's
    /// start, to run the same statements.
    /// </remarks>
    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        await using var connection = connections.OpenForWriting();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = Schema;
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = "PRAGMA user_version = " + CacheVersion.ToString(CultureInfo.InvariantCulture);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string ReadSchema()
    {
        using var stream = typeof(ReaderDatabase).Assembly.GetManifestResourceStream("KazakhArticle.Core.Storage.Schema.sql")
            ?? throw new InvalidOperationException("Storage/Schema.sql is not embedded in KazakhArticle.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rebuilding the database {Path} from content: {Reason}")]
    private partial void LogRebuilding(string path, string reason);
}
