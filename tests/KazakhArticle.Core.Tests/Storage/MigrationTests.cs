using KazakhArticle.Core.Storage;
using KazakhArticle.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KazakhArticle.Core.Tests.Storage;

/// <summary>
/// The app skips EF's migrator when the database is already at the latest migration, and never lets it compare the
/// model with the migrations' snapshot (two models built at start-up): these tests keep both honest.
/// </summary>
public sealed class MigrationTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public void Every_model_change_has_its_migration()
    {
        using var db = _database.Open();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: dotnet ef migrations add <Name> (from src/KazakhArticle.Core).");
    }

    [Fact]
    public void The_start_up_check_knows_the_migrations_EF_applies()
    {
        using var db = _database.Open();

        Assert.Equal(db.Database.GetMigrations(), ReaderDatabase.KnownMigrations());
    }

    [Fact]
    public async Task A_new_database_is_created_with_every_migration_in_WAL_mode()
    {
        await _database.MigrateAsync();

        await using var db = _database.Open();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        await using var connection = _database.Connections.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    /// <summary>A migration lock left by a start that died (issue 11) does not stop a start with nothing to migrate.</summary>
    [Fact]
    public async Task A_database_at_the_latest_migration_is_not_migrated_again()
    {
        await _database.MigrateAsync();
        await using (var connection = _database.Connections.Open())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-11-26 00:00:00+00:00');
                """;
            command.ExecuteNonQuery();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var migrating = _database.MigrateAsync();
        var finished = await Task.WhenAny(migrating, Task.Delay(TimeSpan.FromSeconds(5), timeout.Token));

        Assert.Same(migrating, finished);
        await migrating;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }
}
