using KazakhArticle.EndToEnd.Support;
using Microsoft.Playwright;

namespace KazakhArticle.EndToEnd;

/// <summary>
/// What a returning reader asks for again, on the app as published: only the page. Every script, stylesheet and font
/// the first view loads (modules imported by other modules too, which no markup names) is fingerprinted and served
/// immutable, so it is neither downloaded nor revalidated on the next visit. Checked in a browser because an import
/// inside a module is only seen there, and on the published app because a build output is not fingerprinted.
/// </summary>
[Collection(ProductionServerGroup.Name)]
public sealed class PublishedAssetsTests(ProductionServer server)
{
    [BrowserTheory]
    [InlineData(Shipped.ArabicArticle)]
    [InlineData(Shipped.EnglishArticle + "?view=parallel")]
    [InlineData("/ar/search?q=" + "كازاخستان")]
    public async Task Everything_but_the_page_is_kept_for_good(string path)
    {
        var address = await server.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var loaded = new List<(string Url, string? CacheControl)>();
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType is "script" or "stylesheet" or "font" or "image")
            {
                loaded.Add((response.Url, response.Headers.GetValueOrDefault("cache-control")));
            }
        };

        await page.GotoAsync(new Uri(address, path).AbsoluteUri, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.WaitForModulesAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains(loaded, r => r.Url.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(loaded, r => r.Url.EndsWith(".css", StringComparison.Ordinal));
        var notKept = loaded.Where(r => r.CacheControl?.Contains("immutable", StringComparison.Ordinal) != true).ToList();
        Assert.True(notKept.Count == 0, "not immutable:\n" + string.Join('\n', notKept.Select(r => $"{r.Url} ({r.CacheControl})")));
    }
}
