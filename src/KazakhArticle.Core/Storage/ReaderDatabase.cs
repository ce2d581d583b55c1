using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KazakhArticle.Core.Storage;

/// <summary>Brings the database file to the current schema, rebuilding it when it is not a usable database.</summary>
public sealed partial class ReaderDatabase(IDbContextFactory<ReaderDbContext> dbFactory, ILogger<ReaderDatabase> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 /* SQLITE_NOTADB */ or 11 /* SQLITE_CORRUPT */)
        {
            // The database only caches content/, so a damaged file is rebuilt rather than repaired.
            LogRebuilding(ex, db.Database.GetDbConnection().DataSource);
            SqliteConnection.ClearAllPools();
            await db.Database.EnsureDeletedAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database {Path} is not usable; rebuilding it from content")]
    private partial void LogRebuilding(Exception exception, string path);
}
