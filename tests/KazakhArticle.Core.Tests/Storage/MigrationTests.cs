using KazakhArticle.Core.Storage;
using KazakhArticle.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KazakhArticle.Core.Tests.Storage;

/// <summary>
/// The cache has one migration, applied to a new file only: the app skips EF's migrator for a cache this build wrote,
/// and never lets it compare the model with the migrations' snapshot (two models built at start-up). These tests keep
/// that honest.
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

    /// <summary>
    /// The configurations against the migration's snapshot in a model built for this test alone: EF Core keeps the
    /// model it built first for the process, so the test above would not see a configuration that changed since.
    /// </summary>
    [Fact]
    public void The_configurations_build_the_model_the_migration_was_made_from()
    {
        var options = new DbContextOptionsBuilder<ReaderDbContext>()
            .UseSqlite(_database.Connections.ConnectionString)
            .EnableServiceProviderCaching(false)
            .Options;
        using var db = new ReaderDbContext(options);

        Assert.False(db.Database.HasPendingModelChanges(), "The model differs from the migration's snapshot.");
        // Lengths too, which SQLite ignores (so the comparison above does): the snapshot is what the next migration is made from.
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot!.Model;
        Assert.Equal(MaxLengths(snapshot), MaxLengths(db.GetService<IDesignTimeModel>().Model));
    }

    private static List<string> MaxLengths(IReadOnlyModel model) =>
        [.. model.GetEntityTypes().SelectMany(e => e.GetProperties().Select(p => $"{e.Name}.{p.Name}: {p.GetMaxLength()}")).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_design_time_context_is_a_SQLite_one_of_its_own_file()
    {
        using var db = new DesignTimeReaderDbContextFactory().CreateDbContext([]);

        Assert.Equal("Data Source=design-time.db", db.Database.GetConnectionString());
    }

    [Fact]
    public void The_start_up_check_knows_the_migrations_EF_applies()
    {
        using var db = _database.Open();

        Assert.Equal(db.Database.GetMigrations(), ReaderDatabase.KnownMigrations);
    }

    /// <summary>A schema change makes the one migration again and bumps the cache version: the cache is never migrated in place.</summary>
    [Fact]
    public void There_is_one_migration()
    {
        Assert.Single(ReaderDatabase.KnownMigrations);
    }

    [Fact]
    public void The_schema_script_is_the_one_EF_generates_for_the_migration()
    {
        using var db = _database.Open();
        var generated = db.GetService<IMigrator>().GenerateScript();

        Assert.True(
            Normalized(generated) == Normalized(ReaderDatabase.Schema),
            "Storage/Schema.sql is not EF's script of the migration: dotnet ef migrations script --output Storage/Schema.sql (from src/KazakhArticle.Core).");
    }

    [Fact]
    public async Task The_schema_script_creates_what_EF_migrator_creates()
    {
        using var byEf = new TestDatabase();
        await using (var db = byEf.Open())
        {
            await db.Database.MigrateAsync();
        }

        await _database.PrepareAsync();

        Assert.Equal(SchemaOf(byEf), SchemaOf(_database));
    }

    [Fact]
    public async Task A_new_database_is_created_with_the_migration_in_WAL_mode_and_stamped_with_the_cache_version()
    {
        await _database.PrepareAsync();

        await using var db = _database.Open();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        await using var connection = _database.Connections.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "PRAGMA user_version";
        Assert.Equal((long)ReaderDatabase.CacheVersion, command.ExecuteScalar());
    }

    /// <summary>A migration lock left by a start that died (issue 11) does not stop a start with nothing to migrate.</summary>
    [Fact]
    public async Task A_cache_this_build_wrote_is_not_migrated_again()
    {
        await _database.PrepareAsync();
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
        var migrating = _database.PrepareAsync();
        var finished = await Task.WhenAny(migrating, Task.Delay(TimeSpan.FromSeconds(5), timeout.Token));

        Assert.Same(migrating, finished);
        await migrating;
    }

    [Fact]
    public async Task Writes_to_the_cache_are_not_flushed_commit_by_commit()
    {
        await _database.PrepareAsync();

        await using var connection = _database.Connections.OpenForWriting();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        Assert.Equal(1L /* NORMAL */, command.ExecuteScalar());
    }

    private static string Normalized(string script) => script.TrimStart('\uFEFF').ReplaceLineEndings("\n").Trim();

    private static List<string> SchemaOf(TestDatabase database)
    {
        using var connection = database.Connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            -- The migrator's lock table is its own, not the schema.
            SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE name <> '__EFMigrationsLock' ORDER BY type, name;
            SELECT 'history: ' || MigrationId || ' ' || ProductVersion FROM __EFMigrationsHistory ORDER BY MigrationId;
            """;
        var schema = new List<string>();
        using var reader = command.ExecuteReader();
        do
        {
            while (reader.Read())
            {
                schema.Add(reader.GetString(0));
            }
        }
        while (reader.NextResult());

        return schema;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }
}
