using KazakhArticle.Core.Import;
using KazakhArticle.Core.Storage;
using Microsoft.Extensions.Options;

namespace KazakhArticle.Web.Hosting;

/// <summary>Before the server takes requests: make the database's folder, bring the schema up to date, then import <c>content/</c>.</summary>
internal sealed class ContentStartup(ReaderDatabase database, ContentImporter importer, IOptions<ReaderOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(options.Value.DatabasePath)!);
        await database.MigrateAsync(cancellationToken);
        await importer.ImportAsync(options.Value.ContentPath, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
