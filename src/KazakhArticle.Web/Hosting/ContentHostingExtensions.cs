using KazakhArticle.Core.Annotations;
using KazakhArticle.Core.Content;
using KazakhArticle.Core.Import;
using KazakhArticle.Core.Reading;
using KazakhArticle.Core.Search;
using KazakhArticle.Core.Storage;
using KazakhArticle.Web.Routing;
using Microsoft.Extensions.Options;

namespace KazakhArticle.Web.Hosting;

public static class ContentHostingExtensions
{
    /// <summary>The content pipeline: the SQLite cache, the importer run at start-up, the catalog pages read from, the search.</summary>
    public static void AddReaderContent(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReaderOptions>()
            .Bind(builder.Configuration.GetSection(ReaderOptions.Section))
            .PostConfigure(options =>
            {
                options.ContentPath = Path.GetFullPath(options.ContentPath, builder.Environment.ContentRootPath);
                options.DatabasePath = Path.GetFullPath(options.DatabasePath, builder.Environment.ContentRootPath);
            });

        // Everything goes to SQLite directly through these connections, so that a start does not wait for EF Core to
        // start (see ReaderConnections). EF Core defines the schema; its script creates a new file (see ReaderDatabase).
        // The database's folder is made at start-up (ContentSync), not here.
        services.AddSingleton(provider => new ReaderConnections($"Data Source={provider.GetRequiredService<IOptions<ReaderOptions>>().Value.DatabasePath}"));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ReaderDatabase>();
        services.AddSingleton<ArticleLink>(ReaderUrls.StoredArticleLink);
        services.AddSingleton<EntityLink>(ReaderUrls.StoredEntityLink);
        services.AddSingleton<ContentImporter>();
        services.AddSingleton<ArticleCatalog>();
        services.AddSingleton<ArticleSearch>();
        services.AddSingleton<ContentSync>();
        services.AddHostedService(provider => provider.GetRequiredService<ContentSync>());
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content");
    }
}
