using KazakhArticle.EndToEnd.Support;
using KazakhArticle.Web.Components.Reading;
using Microsoft.Playwright;

namespace KazakhArticle.EndToEnd;

/// <summary>An article once read can be read again without a connection: text, fonts, styles, contents, anchors, settings.</summary>
[Collection(ReaderServerGroup.Name)]
public sealed class OfflineTests(ReaderServer server) : BrowserTests(server)
{
    private const string Article = Shipped.Article;

    private async Task<IPage> ReadOnceAsync(string url)
    {
        var page = await Server.NewPageAsync(locale: "en", serviceWorkers: true);
        await page.OpenAsync(url);
        // The worker has what the page was made of.
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.offline === 'kept'");
        return page;
    }

    [BrowserFact]
    public async Task An_article_read_once_opens_again_offline_with_its_fonts_styles_anchors_and_settings()
    {
        var page = await ReadOnceAsync($"{Article}?view=parallel");
        await page.EvaluateAsync("key => localStorage.setItem(key, JSON.stringify({ theme: 'sepia' }))", ReaderStorage.SettingsKey);
        Assert.True(await page.EvaluateAsync<bool>("() => getComputedStyle(document.querySelector('offline-reading')).display === 'none'"));

        await page.Context.SetOfflineAsync(true);
        // The link as shared, without a language: online it redirects to the reader's; offline the kept page answers.
        await page.GotoAsync($"{Article}?view=parallel#overview-p3");
        await page.WaitForModulesAsync();

        // The text, in its fonts and styles.
        Assert.True(await page.Locator(".paragraph").CountAsync() > 50);
        await page.EvaluateAsync("document.fonts.ready");
        Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('1em \"Noto Naskh Arabic\"', 'كازاخستان')"));
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.fonts].some(f => f.status === 'loaded')"));
        Assert.NotEqual("static", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.reader-tools')).position"));
        // The anchor, the contents and the settings.
        await page.WaitForFunctionAsync("() => document.querySelector(':target')?.id === 'overview-p3'");
        Assert.Equal(1, await page.Locator("nav.toc a[data-section='overview']").CountAsync());
        Assert.Equal("sepia", await page.EvaluateAsync<string>("() => document.documentElement.dataset.theme"));
        // The notice, and no search.
        await Assertions.Expect(page.Locator("offline-reading .offline-notice")).ToBeVisibleAsync();
        Assert.True(await page.Locator("form[role='search'] input").IsDisabledAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(ReaderServer.ArtifactsFolder, "offline-parallel-en.png") });

        await page.Context.SetOfflineAsync(false);
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('online'))");
        await Assertions.Expect(page.Locator("offline-reading .offline-notice")).ToBeHiddenAsync();
        Assert.False(await page.Locator("form[role='search'] input").IsDisabledAsync());
    }

    [BrowserFact]
    public async Task A_page_never_read_says_so_offline_rather_than_failing()
    {
        var page = await ReadOnceAsync(Article);

        await page.Context.SetOfflineAsync(true);
        var response = await page.GotoAsync($"{Article}/figures");

        Assert.Equal(503, response!.Status);
        Assert.Contains("You are offline", await page.TextContentAsync("body"), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Online_the_reader_gets_the_page_as_published_now_not_the_kept_copy()
    {
        var page = await ReadOnceAsync(Article);
        var kept = await page.EvaluateAsync<string>("async () => (await (await caches.open('pages-v1')).match(location.href.split('#')[0])).headers.get('etag')");
        Assert.False(string.IsNullOrEmpty(kept));

        // A page changed since it was kept: the worker asks the network first, so the reader gets the new one.
        await page.EvaluateAsync("""
            async () => {
                const pages = await caches.open('pages-v1');
                await pages.put(location.href.split('#')[0], new Response('<p id="stale">stale</p>', { headers: { 'Content-Type': 'text/html' } }));
            }
            """);
        await page.ReloadAsync();
        await page.WaitForModulesAsync();

        Assert.Equal(0, await page.Locator("#stale").CountAsync());
        Assert.True(await page.Locator(".article .paragraph").CountAsync() > 0);
    }
}
