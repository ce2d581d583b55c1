using KazakhArticle.Core.Import;
using KazakhArticle.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace KazakhArticle.Core.Tests.Support;

/// <summary>A real SQLite file in a temp folder, migrated as the app does at start-up.</summary>
internal sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kazakh-article-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        Connections = new ReaderConnections($"Data Source={Path};Pooling=False");
        Factory = new PooledDbContextFactory<ReaderDbContext>(
            new DbContextOptionsBuilder<ReaderDbContext>().UseSqlite(Connections.ConnectionString).Options);
        Importer = new ContentImporter(Connections, TestLinks.Article, TestLinks.Entity, NullLogger<ContentImporter>.Instance, TimeProvider.System);
    }

    public string Path { get; }

    public ReaderConnections Connections { get; }

    public IDbContextFactory<ReaderDbContext> Factory { get; }

    public ContentImporter Importer { get; }

    public Task PrepareAsync() => new ReaderDatabase(Connections, NullLogger<ReaderDatabase>.Instance).PrepareAsync();

    public ReaderDbContext Open() => Factory.CreateDbContext();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(Path);
    }
}
