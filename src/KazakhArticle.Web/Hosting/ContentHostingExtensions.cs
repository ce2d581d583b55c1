using KazakhArticle.Core.Import;
using KazakhArticle.Core.Reading;
using KazakhArticle.Core.Search;
using KazakhArticle.Core.Storage;
using KazakhArticle.Core.Storage.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace KazakhArticle.Web.Hosting;

public static class ContentHostingExtensions
{
    /// <summary>The content pipeline: SQLite through a pooled context factory, the importer run at start-up, the catalog pages read from.</summary>
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

        // What runs before the first page (the migration check, the import, the article's read) goes to SQLite directly
        // through these connections, so that a cold start does not wait for EF Core to start (see ReaderConnections).
        services.AddSingleton(provider => new ReaderConnections($"Data Source={provider.GetRequiredService<IOptions<ReaderOptions>>().Value.DatabasePath}"));

        // EF Core migrates the schema. Pooled: a context's services are resolved once rather than per context.
        // The database's folder is made at start-up (ContentSync), not here.
        // The model compiled ahead of time (Storage/CompiledModel): building it from the configurations at start-up costs
        // a few hundred milliseconds of a cold start. A test fails when it no longer matches them.
        // EF's check that no model change lacks its migration is left to a test (MigrationTests): each migrating start
        // built two models for it.
        services.AddPooledDbContextFactory<ReaderDbContext>((provider, db) => db
            .UseSqlite(provider.GetRequiredService<ReaderConnections>().ConnectionString)
            .UseModel(ReaderDbContextModel.Instance)
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning)));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ReaderDatabase>();
        services.AddSingleton<ContentImporter>();
        services.AddSingleton<ArticleCatalog>();
        services.AddSingleton<ArticleSearch>();
        services.AddSingleton<ContentSync>();
        services.AddHostedService(provider => provider.GetRequiredService<ContentSync>());
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content");
    }
}
