using System.Text.RegularExpressions;
using KazakhArticle.EndToEnd.Support;
using Microsoft.Playwright;

namespace KazakhArticle.EndToEnd;

/// <summary>What a reader's browser costs the server, and downloads, on a page served like a publication.</summary>
[Collection(ReaderServerGroup.Name)]
public sealed partial class PublicationTests(ReaderServer server) : BrowserTests(server)
{
    private const string Article = Shipped.ArabicArticle;

    [BrowserFact]
    public async Task A_reader_who_does_not_search_opens_no_connection_and_loads_no_blazor_script()
    {
        var page = await Server.NewPageAsync();
        var sockets = 0;
        var requests = new List<string>();
        page.WebSocket += (_, _) => sockets++;
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(Article, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.WaitForModulesAsync();
        await page.ClickAsync("nav.toc a[data-section='put-to-the-test']");
        await page.Mouse.WheelAsync(0, 2000);
        await page.FocusAsync("#header-search-q");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(0, sockets);
        Assert.DoesNotContain(requests, url => url.Contains("blazor", StringComparison.OrdinalIgnoreCase));
    }

    [BrowserFact]
    public async Task Typing_in_the_header_search_goes_live_with_one_connection_and_loses_no_keystroke()
    {
        var page = await Server.NewPageAsync(locale: "en");
        var sockets = new List<IWebSocket>();
        page.WebSocket += (_, socket) => sockets.Add(socket);
        await page.OpenAsync(Shipped.EnglishArticle);

        // Typed at a reader's pace, so keystrokes arrive while the live panel is still loading.
        await page.Locator("#header-search-q").PressSequentiallyAsync("Baikonur", new() { Delay = 40 });

        await Assertions.Expect(page.Locator("#header-search-panel .search-results li").First).ToBeVisibleAsync();
        Assert.Equal("Baikonur", await page.InputValueAsync("#header-search-q"));
        Assert.Equal("true", await page.GetAttributeAsync("#header-search-q", "aria-expanded"));
        Assert.Equal("live", await page.EvaluateAsync<string>("document.documentElement.dataset.liveSearch"));
        Assert.Single(sockets);
        Assert.Single(await page.QuerySelectorAllAsync("#header-search-panel"));

        // The panel speaks the page's language, whatever the browser prefers.
        Assert.Equal("en", await page.GetAttributeAsync("#header-search-panel", "lang"));
        var hit = await page.GetAttributeAsync("#header-search-panel .search-results a", "href");
        Assert.StartsWith(Shipped.EnglishArticle + "?view=", hit, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task The_first_view_downloads_each_font_face_once_and_stays_under_200_KB()
    {
        var page = await Server.NewPageAsync(width: 412, height: 823);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        long bytes = 0;
        var urls = new List<string>();
        cdp.Event("Network.responseReceived").OnEvent += (_, e) => urls.Add(e!.Value.GetProperty("response").GetProperty("url").GetString()!);
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) => bytes += (long)e!.Value.GetProperty("encodedDataLength").GetDouble();
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });

        await page.GotoAsync(Article, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.WaitForModulesAsync();
        await page.EvaluateAsync("document.fonts.ready");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // The modules, imported after the first paint, are part of the first view.
        Assert.Contains(urls, u => u.Contains("/Components/Pages/ArticlePage.", StringComparison.Ordinal));
        var fonts = urls.Where(u => u.EndsWith(".woff2", StringComparison.Ordinal)).Select(FontFace).ToList();
        Assert.NotEmpty(fonts);
        Assert.Equal(fonts.Distinct(), fonts);
        // The article's characters are all in the faces cut to running text: the full subsets stay unfetched (docs/fonts.md).
        Assert.DoesNotContain(fonts, face => face.Contains("-extended-", StringComparison.Ordinal));
        Assert.True(bytes <= 200 * 1024, $"first view: {bytes:N0} bytes over the wire\n{string.Join('\n', urls)}");
    }

    [BrowserFact]
    public async Task Copy_link_gives_a_link_that_opens_in_the_language_of_whoever_follows_it()
    {
        var page = await Server.NewPageAsync(locale: "en");
        await page.OpenAsync(Shipped.EnglishArticle + "?view=parallel");

        await page.HoverAsync("#overview-p2");
        await page.ClickAsync("#overview-p2 a.paragraph-link");

        var copied = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.Equal($"{Server.BaseAddress.ToString().TrimEnd('/')}{Shipped.Article}?view=parallel#overview-p2", copied);
    }

    [BrowserTheory]
    [InlineData("en", Shipped.EnglishArticle + "?view=parallel#overview-p3")]
    [InlineData("ar", Shipped.ArabicArticle + "?view=parallel#overview-p3")]
    public async Task A_link_shared_before_languages_were_in_urls_lands_on_its_paragraph(string locale, string landing)
    {
        var page = await Server.NewPageAsync(locale: locale);

        await page.OpenAsync(Shipped.Article + "?view=parallel#overview-p3");

        Assert.EndsWith(landing, page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#overview-p3")).ToBeInViewportAsync();
    }

    [BrowserFact]
    public async Task Nothing_on_an_article_keeps_it_out_of_the_back_forward_cache()
    {
        var reasons = await NotRestoredReasonsAsync(Article, ready: "article");

        // This harness's Chromium runs with the cache switched off; every other reason is the page's own.
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.Contains(reason.Reason, HarnessReasons));
    }

    [BrowserFact]
    public async Task The_back_forward_cache_check_sees_a_page_that_holds_a_live_connection()
    {
        var reasons = await NotRestoredReasonsAsync("/ar/search?q=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7", ready: "form.search-form[data-interactive]");

        Assert.Contains(reasons, reason => !HarnessReasons.Contains(reason.Reason));
    }

    private static readonly string[] HarnessReasons = ["BackForwardCacheDisabled", "BackForwardCacheDisabledByCommandLine", "BrowsingInstanceNotSwapped"];

    private sealed record NotRestoredReason(string Type, string Reason);

    /// <summary>Why Chromium did not restore a page from the back/forward cache when the reader came back to it.</summary>
    private async Task<List<NotRestoredReason>> NotRestoredReasonsAsync(string url, string ready)
    {
        var page = await Server.NewPageAsync();
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var reported = new TaskCompletionSource<List<NotRestoredReason>>(TaskCreationOptions.RunContinuationsAsynchronously);
        cdp.Event("Page.backForwardCacheNotUsed").OnEvent += (_, e) => reported.TrySetResult(
            [.. e!.Value.GetProperty("notRestoredExplanations").EnumerateArray()
                .Select(x => new NotRestoredReason(x.GetProperty("type").GetString()!, x.GetProperty("reason").GetString()!))]);
        await cdp.SendAsync("Page.enable");
        await page.OpenAsync(url);
        await page.WaitForSelectorAsync(ready);

        await page.ClickAsync(".site-name");
        await page.WaitForURLAsync("**/ar");
        await page.GoBackAsync();

        return await reported.Task.WaitAsync(TimeSpan.FromSeconds(15));
    }

    /// <summary>The face a font file holds, without the fingerprint the build may add to its name.</summary>
    private static string FontFace(string url) => Fingerprint().Replace(new Uri(url).Segments[^1], "");

    [GeneratedRegex(@"\.[a-z0-9]{10}(?=\.woff2$)")]
    private static partial Regex Fingerprint();
}

/// <summary>The app with a live search that is let go after one second idle.</summary>
public sealed class ShortIdleReaderServer() : ReaderServer(new Dictionary<string, string?> { ["Reader:LiveSearch:IdleTimeout"] = "00:00:01" });

public sealed class LiveSearchIdleTests(ShortIdleReaderServer server) : BrowserTests(server), IClassFixture<ShortIdleReaderServer>
{
    [BrowserFact]
    public async Task An_idle_live_search_lets_go_of_its_connection_and_comes_back_at_the_next_keystroke()
    {
        var page = await Server.NewPageAsync();
        var closed = new List<Task>();
        page.WebSocket += (_, socket) =>
        {
            var close = new TaskCompletionSource();
            socket.Close += (_, _) => close.TrySetResult();
            closed.Add(close.Task);
        };

        // Every state the live search passes through, in order (with a one-second idle time it may pause again at any moment).
        await page.AddInitScriptAsync("""
            window.__liveStates = [];
            document.addEventListener('live-search-state', e => window.__liveStates.push(e.detail));
            """);
        await page.OpenAsync(Shipped.ArabicArticle);
        await page.Locator("#header-search-q").PressSequentiallyAsync("روسيا");
        await Assertions.Expect(page.Locator("#header-search-panel .search-results li").First).ToBeVisibleAsync();

        await page.WaitForFunctionAsync("() => document.documentElement.dataset.liveSearch === 'paused'");
        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync();

        // Bounded: a connection that is never let go fails here.
        await Task.WhenAll(closed).WaitAsync(TimeSpan.FromSeconds(15));
        _ = Assert.Single(closed);

        await page.Locator("#header-search-q").FillAsync("بايكونور");
        await Assertions.Expect(page.Locator("#header-search-panel .search-results li").First).ToContainTextAsync("بايكونور");
        var states = await page.EvaluateAsync<string[]>("window.__liveStates");
        Assert.Equal(["live", "paused", "live"], states.Take(3));
        Assert.Equal(2, closed.Count);
    }
}
