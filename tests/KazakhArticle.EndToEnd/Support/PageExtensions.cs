using Microsoft.Playwright;

namespace KazakhArticle.EndToEnd.Support;

public static class PageExtensions
{
    /// <summary>
    /// Opens a page and waits until its modules are in. They are imported after the first paint, which may come after
    /// the load event Playwright waits for: a key pressed before then reaches a page without its enhancements, as a
    /// reader's would in its first moments.
    /// </summary>
    public static async Task OpenAsync(this IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForModulesAsync();
    }

    /// <summary>Waits for settings-early.js to say the modules the page names are imported.</summary>
    public static Task WaitForModulesAsync(this IPage page) =>
        page.WaitForFunctionAsync("() => document.documentElement.dataset.modules === 'loaded'");

    /// <summary>
    /// Fails when the page shows Blazor's error bar (an interactive component threw on the server), naming what the
    /// server logged: the bar itself only says that something went wrong.
    /// </summary>
    public static async Task ExpectNoErrorBarAsync(this IPage page, ReaderServer server)
    {
        if (await page.Locator("#blazor-error-ui").IsVisibleAsync())
        {
            Assert.Fail($"{page.Url} shows Blazor's error bar. The server logged:\n{server.Errors}");
        }
    }
}
