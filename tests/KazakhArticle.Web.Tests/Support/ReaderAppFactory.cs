using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KazakhArticle.Core.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KazakhArticle.Web.Tests.Support;

/// <summary>The whole app over the project's own content/, with a throw-away database.</summary>
public class ReaderAppFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = TestHost.NewDatabasePath();

    public const string Slug = Shipped.Slug;

    /// <summary>The content folder the app reads; the project's own unless a test says otherwise.</summary>
    protected virtual string ContentPath => RepositoryPaths.Content;

    /// <summary>Configuration on top of the tests' own, for a factory that runs the app otherwise (lower limits, say).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>
    /// What the search logged. It answers a query SQLite rejects with no hits, and logs it: a test that sends queries
    /// looks here too, or a query that fails would pass as one that finds nothing.
    /// </summary>
    internal RecordingLogger<ArticleSearch> SearchLog { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        TestHost.Configure(builder, ContentPath, _databasePath);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<ILogger<ArticleSearch>>(SearchLog));
    }

    /// <summary>A GET of <paramref name="path"/> with exactly this Host header, which an HttpClient would not send as it is.</summary>
    public Task<HttpContext> GetWithHostAsync(string path, string host) =>
        Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path;
            context.Request.Headers.Host = host;
        });

    public async Task<IHtmlDocument> GetDocumentAsync(string url, string? acceptLanguage = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        File.Delete(_databasePath);
    }
}

/// <summary>The app over a content folder that holds no article.</summary>
public sealed class EmptyContentAppFactory : ReaderAppFactory
{
    private readonly string _emptyContent = Directory.CreateTempSubdirectory("kazakh-article-empty-").FullName;

    protected override string ContentPath
    {
        get
        {
            Directory.CreateDirectory(Path.Combine(_emptyContent, "articles"));
            return _emptyContent;
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);

        // The factory is disposed both synchronously and asynchronously.
        if (Directory.Exists(_emptyContent))
        {
            Directory.Delete(_emptyContent, recursive: true);
        }
    }
}

/// <summary>The app over its own copy of the project's content, which a test may edit while the app runs.</summary>
public sealed class EditableContentAppFactory : ReaderAppFactory
{
    private readonly string _content = Directory.CreateTempSubdirectory("kazakh-article-edit-").FullName;

    public EditableContentAppFactory()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_content, Path.GetRelativePath(RepositoryPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    protected override string ContentPath => _content;

    public string ArticleFile(string language) => Path.Combine(_content, "articles", Slug, $"{language}.md");

    public string ContentFile(string name) => Path.Combine(_content, name);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Reader:WatchContent", "true");
        builder.UseSetting("Reader:WatchDebounce", "00:00:00.100");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(_content))
        {
            Directory.Delete(_content, recursive: true);
        }
    }
}

/// <summary>
/// The one app host for every test class that runs the app as it ships (the project's content, default settings): it
/// starts and imports once, not once per class. Classes that need the app otherwise (other content, lower limits, a
/// recording localizer) keep a factory of their own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReaderAppGroup : ICollectionFixture<SharedReaderApp>
{
    public const string Name = "reader app";
}

/// <summary>
/// The app as it ships, shared by many test classes. Their requests all come from one address, so one client's search
/// limit would be spent by whichever classes run first and answer the rest with 429: here one address is not one
/// reader, and the per-client limits are off (as for a load generator). <c>LimitsTests</c> tests the limits on a host
/// of its own.
/// </summary>
public sealed class SharedReaderApp : ReaderAppFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Reader:Limits:PerClient"] = "false",
    };
}
