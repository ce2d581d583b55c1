using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Serilog.Core;

namespace KazakhArticle.EndToEnd.Support;

/// <summary>The app on a real loopback port, over the project's own content, and one Chromium for every test.</summary>
public class ReaderServer : IAsyncLifetime, IDisposable
{
    private readonly string _databasePath = TestHost.NewDatabasePath();
    private readonly Factory _factory;
    private IPlaywright? _playwright;

    public ReaderServer()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">Configuration the app runs with on top of the tests' own, e.g. a short live-search idle time.</param>
    protected ReaderServer(IReadOnlyDictionary<string, string?> settings) => _factory = new Factory(_databasePath, settings, Errors);

    /// <summary>What the app logged at Error or above since it started.</summary>
    public ServerErrors Errors { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots are saved as test artifacts.</summary>
    public static string ArtifactsFolder { get; } = Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);

        if (!Support.Browser.IsAvailable && !Support.Browser.IsRequired)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await Support.Browser.LaunchAsync(_playwright);
        Directory.CreateDirectory(ArtifactsFolder);
    }

    /// <summary>A fresh browser context (no stored settings) in the given interface language.</summary>
    /// <param name="serviceWorkers">
    /// Whether the page may install the offline reader's service worker. Off unless a test is about it: requests the
    /// worker answers never reach Playwright's routes, which other tests use to hold files back.
    /// </param>
    public async Task<IPage> NewPageAsync(string locale = "ar", bool javaScript = true, int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light, bool serviceWorkers = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString().TrimEnd('/'),
            Locale = locale,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = locale },
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
            ReducedMotion = ReducedMotion.Reduce,
            ServiceWorkers = serviceWorkers ? ServiceWorkerPolicy.Allow : ServiceWorkerPolicy.Block,
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = BaseAddress.ToString().TrimEnd('/') });
        return await context.NewPageAsync();
    }

    /// <summary>Closes every page the browser has open, with its context: a test's pages end with it (<see cref="BrowserTests"/>).</summary>
    public async Task ClosePagesAsync()
    {
        if (_playwright is null)
        {
            return;
        }

        foreach (var context in Browser.Contexts.ToArray())
        {
            await context.CloseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await _factory.DisposeAsync();
        Dispose();
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_databasePath);
    }

    private sealed class Factory(string databasePath, IReadOnlyDictionary<string, string?> settings, ServerErrors errors) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            TestHost.Configure(builder, RepositoryPaths.Content, databasePath);

            // The app's logger takes its sinks from the services too.
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(errors));

            // Every browser test is one client (127.0.0.1): the limits on one client's searches and live connections (tested
            // in the Web tests) would refuse the later tests.
            builder.UseSetting("Reader:Limits:PerClient", "false");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ReaderServerGroup : ICollectionFixture<ReaderServer>
{
    public const string Name = "reader server";
}
