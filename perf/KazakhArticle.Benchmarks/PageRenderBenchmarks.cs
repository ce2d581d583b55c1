using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using BenchmarkDotNet.Attributes;
using KazakhArticle.Core.Reading;
using KazakhArticle.Web.Components.Pages;
using KazakhArticle.Web.Components.Reading;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KazakhArticle.Benchmarks;

/// <summary>
/// The reading page rendered to HTML with Blazor's <see cref="HtmlRenderer"/>, a renderer per render as the app has one
/// per request: the article page's body (the database read included; the layout and <c>App</c> shell, which need
/// the web host, are not), and the two text components alone from an article already read.
/// </summary>
[MemoryDiagnoser]
public class PageRenderBenchmarks
{
    private ImportedDatabase? _database;
    private ILoggerFactory? _loggerFactory;
    private ArticleView? _article;

    [GlobalSetup]
    public async Task Setup()
    {
        // The Arabic interface, as for a reader with no cookie and an Arabic browser; set for every thread the renderer uses.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("ar");
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ar");

        _database = await ImportedDatabase.CreateAsync(services =>
        {
            services.AddLocalization();
            // As the app: Arabic written as UTF-8, not one numeric entity a letter.
            services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
            services.AddScoped<NavigationManager, BenchNavigationManager>();
        });
        _loggerFactory = _database.Services.GetRequiredService<ILoggerFactory>();
        _article = await _database.Services.GetRequiredService<ArticleCatalog>().FindAsync(Repository.Slug)
            ?? throw new InvalidOperationException($"{Repository.Slug} is not in the imported database");

        // A render that lost the text (a page that now wants another parameter, say) would be fast and meaningless.
        var lastParagraph = _article.Original.Sections[^1].Paragraphs[^1].Id;
        foreach (var (name, html) in new[] { ("article page", await Article_page_body()), ("ArticleText", await ArticleText_arabic()), ("ParallelText", await ParallelText_arabic_english()) })
        {
            if (!html.Contains($"id=\"{lastParagraph}\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The {name} render has no paragraph {lastParagraph}: {html[..Math.Min(html.Length, 500)]}");
            }
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>What <c>/articles/{slug}</c> renders inside the layout: read the article, choose the view, render it.</summary>
    [Benchmark]
    public Task<string> Article_page_body() => RenderAsync<ArticlePage>(new Dictionary<string, object?>
    {
        ["Slug"] = Repository.Slug,
    });

    [Benchmark]
    public Task<string> ArticleText_arabic() => RenderAsync<ArticleText>(new Dictionary<string, object?>
    {
        [nameof(ArticleText.PageUrl)] = $"/articles/{Repository.Slug}?view=ar",
        [nameof(ArticleText.Edition)] = _article!.Original,
        [nameof(ArticleText.Genre)] = _article.Genre,
    });

    [Benchmark]
    public Task<string> ParallelText_arabic_english() => RenderAsync<ParallelText>(new Dictionary<string, object?>
    {
        [nameof(ParallelText.PageUrl)] = $"/articles/{Repository.Slug}?view=parallel",
        [nameof(ParallelText.Original)] = _article!.Original,
        [nameof(ParallelText.Translation)] = _article.Editions.First(e => e.IsTranslation),
        [nameof(ParallelText.Genre)] = _article.Genre,
    });

    private async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var scope = _database!.Services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, _loggerFactory!);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }

    /// <summary>The request's URL, which the page asks for only to report a missing article.</summary>
    private sealed class BenchNavigationManager : NavigationManager
    {
        public BenchNavigationManager() => Initialize("http://127.0.0.1/", $"http://127.0.0.1/articles/{Repository.Slug}");
    }
}
