using KazakhArticle.EndToEnd.Support;
using Microsoft.Playwright;

namespace KazakhArticle.EndToEnd;

/// <summary>The Content-Security-Policy in a real browser: it stops injected script, and stops nothing the site does.</summary>
[Collection(ReaderServerGroup.Name)]
public sealed class SecurityPolicyTests(ReaderServer server) : BrowserTests(server)
{
    // Before any script of the page's: every violation the browser reports is kept, to be read back.
    private const string RecordViolations = """
        window.__violations = [];
        document.addEventListener("securitypolicyviolation", e => window.__violations.push(e.violatedDirective + " " + (e.blockedURI || "inline")));
        """;

    [BrowserFact]
    public async Task An_injected_inline_script_and_event_handler_do_not_run()
    {
        var page = await Server.NewPageAsync();
        await page.AddInitScriptAsync(RecordViolations);
        await page.OpenAsync(Shipped.ArabicArticle);

        // What an injection into the markup would add: a script element, and an element with a handler.
        await page.EvaluateAsync("""
            () => {
                const script = document.createElement("script");
                script.textContent = "window.__injected = true";
                document.body.append(script);
                const image = document.createElement("img");
                image.setAttribute("onerror", "window.__handler = true");
                image.src = "/no-such-image.png";
                document.body.append(image);
            }
            """);
        await page.WaitForFunctionAsync("() => window.__violations.length >= 2");

        Assert.Null(await page.EvaluateAsync<bool?>("window.__injected ?? null"));
        Assert.Null(await page.EvaluateAsync<bool?>("window.__handler ?? null"));
        Assert.All(await page.EvaluateAsync<string[]>("window.__violations"), v => Assert.StartsWith("script-src", v, StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task Reading_settings_and_live_search_break_no_rule_of_the_policy()
    {
        var page = await Server.NewPageAsync(locale: "en");
        await page.AddInitScriptAsync(RecordViolations);
        await page.OpenAsync(Shipped.EnglishArticle);

        // The early inline script ran (it marks <html>), the modules came in, the live search went live over its socket.
        Assert.Equal("loaded", await page.EvaluateAsync<string>("document.documentElement.dataset.modules"));
        await page.Locator("#header-search-q").PressSequentiallyAsync("Baikonur", new() { Delay = 20 });
        await Assertions.Expect(page.Locator("#header-search-panel .search-results li").First).ToBeVisibleAsync();

        Assert.Empty(await page.EvaluateAsync<string[]>("window.__violations"));
        await page.ExpectNoErrorBarAsync(Server);
    }

    [BrowserTheory]
    [InlineData("/ar")]
    [InlineData(Shipped.ArabicArticle + "?view=parallel")]
    [InlineData("/en/search?q=Baikonur")] // live from the start: Blazor and its socket
    [InlineData("/ar/articles/no-such-article")]
    public async Task No_page_breaks_a_rule_of_the_policy(string url)
    {
        var page = await Server.NewPageAsync();
        await page.AddInitScriptAsync(RecordViolations);
        await page.OpenAsync(url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(await page.EvaluateAsync<string[]>("window.__violations"));
    }
}
