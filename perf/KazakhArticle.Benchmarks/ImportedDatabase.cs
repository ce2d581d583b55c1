using KazakhArticle.Core.Content;
using KazakhArticle.Core.Import;
using KazakhArticle.Core.Reading;
using KazakhArticle.Core.Search;
using KazakhArticle.Core.Storage;
using KazakhArticle.Web.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KazakhArticle.Benchmarks;

/// <summary>
/// A SQLite database in a temporary folder, migrated and filled from the shipped <c>content/</c> once, as the app does
/// at start-up, with the services that read it wired as the app wires them.
/// </summary>
internal sealed class ImportedDatabase : IAsyncDisposable
{
    private readonly string _folder;

    private ImportedDatabase(string folder, ServiceProvider services)
    {
        _folder = folder;
        Services = services;
    }

    public ServiceProvider Services { get; }

    /// <param name="configure">More services, e.g. those a component render needs.</param>
    public static async Task<ImportedDatabase> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var folder = Directory.CreateTempSubdirectory("kazakh-bench-").FullName;
        var path = Path.Combine(folder, "reader.db");
        var services = new ServiceCollection();
        // Only warnings: the importer's information lines would land in the middle of BenchmarkDotNet's output.
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(new ReaderConnections($"Data Source={path}"));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ReaderDatabase>();
        services.AddSingleton<ArticleLink>(ReaderUrls.StoredArticleLink);
        services.AddSingleton<ContentImporter>();
        services.AddSingleton<ArticleCatalog>();
        services.AddSingleton<ArticleSearch>();
        configure?.Invoke(services);

        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<ReaderDatabase>().PrepareAsync();
        var report = await provider.GetRequiredService<ContentImporter>().ImportAsync(Repository.Content);
        if (report.Failed.Count > 0 || report.Imported.Count == 0)
        {
            throw new InvalidOperationException($"The shipped content did not import: {string.Join("; ", report.Failed.SelectMany(f => f.Problems))}");
        }

        return new ImportedDatabase(folder, provider);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        // Pooled connections hold the file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
