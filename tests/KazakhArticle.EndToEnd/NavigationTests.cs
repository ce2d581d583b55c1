using System.Text.RegularExpressions;
using KazakhArticle.EndToEnd.Support;
using Microsoft.Playwright;

namespace KazakhArticle.EndToEnd;

[Collection(ReaderServerGroup.Name)]
public sealed class NavigationTests(ReaderServer server) : BrowserTests(server)
{
    private const string Article = Shipped.Article;

    [BrowserFact]
    public async Task A_contents_entry_lands_on_its_section_and_updates_the_url()
    {
        var page = await Server.NewPageAsync();
        await page.OpenAsync(Article);

        await page.ClickAsync("nav.toc a[data-section='lines-of-conflict']");

        await page.WaitForURLAsync($"**{Article}#lines-of-conflict");
        Assert.InRange(await TopOf(page, "lines-of-conflict"), 40, 100);
    }

    [BrowserFact]
    public async Task A_deep_link_lands_on_its_paragraph_on_a_fresh_load()
    {
        var page = await Server.NewPageAsync();

        await page.OpenAsync($"{Article}#nazarbayev-line-p3");
        await page.EvaluateAsync("document.fonts.ready");
        // Once the idle pass has laid out every paragraph, nothing above it can move any more.
        await page.WaitForFunctionAsync("() => !document.querySelector('.article .paragraph:not(.laid-out)')");

        Assert.InRange(await TopOf(page, "nazarbayev-line-p3"), 40, 100);
    }

    [BrowserFact]
    public async Task Back_returns_to_where_the_reader_was()
    {
        var page = await Server.NewPageAsync();
        await page.OpenAsync(Article);
        await page.ClickAsync("nav.toc a[data-section='lines-of-conflict']");
        await page.WaitForURLAsync("**#lines-of-conflict");
        var there = await page.EvaluateAsync<double>("scrollY");
        await page.ClickAsync("nav.toc a[data-section='overview']");
        await page.WaitForURLAsync("**#overview");

        await page.GoBackAsync();
        await page.WaitForURLAsync("**#lines-of-conflict");
        await page.WaitForFunctionAsync($"() => Math.abs(scrollY - {there}) < 5");

        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => scrollY === 0");
    }

    [BrowserFact]
    public async Task Back_after_jumps_across_the_article_lands_exactly_where_the_reader_was()
    {
        // Far jumps, on a phone: the last section, then back up past paragraphs never shown. Positions taken while
        // paragraphs off screen were still skipped (content-visibility) and sized by a guess would be wrong here.
        // The idle pass that lays them out is held back, as on a busy phone, so the jumps come before it.
        var page = await Server.NewPageAsync(width: 412, height: 823);
        await page.AddInitScriptAsync("window.requestIdleCallback = () => 0;");
        await page.OpenAsync(Article);
        var last = page.Locator("#put-to-the-test-p6");
        Assert.Equal("auto", await last.EvaluateAsync<string>("e => getComputedStyle(e).contentVisibility"));
        await page.EvaluateAsync("document.fonts.ready");

        await Jump(page, "put-to-the-test-p4");
        var there = await page.EvaluateAsync<double>("scrollY");
        await Jump(page, "russian-chinese-line-p2");
        await Jump(page, "overview-p20");

        await page.GoBackAsync();
        await page.WaitForURLAsync("**#russian-chinese-line-p2");
        await page.GoBackAsync();
        await page.WaitForURLAsync("**#put-to-the-test-p4");

        Assert.Equal(there, await page.EvaluateAsync<double>("scrollY"), 1.0);
        Assert.InRange(await TopOf(page, "put-to-the-test-p4"), 40, 100);
    }

    [BrowserFact]
    public async Task Paragraphs_skipped_for_the_first_paint_are_all_laid_out_once_the_page_is_idle()
    {
        var page = await Server.NewPageAsync(width: 412, height: 823);
        await page.OpenAsync(Article);

        var last = page.Locator("#put-to-the-test-p6");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.article .paragraph:not(.laid-out)').length === 0");
        Assert.Equal("visible", await last.EvaluateAsync<string>("e => getComputedStyle(e).contentVisibility"));
    }

    [BrowserFact]
    public async Task The_contents_mark_the_section_in_view()
    {
        var page = await Server.NewPageAsync();
        await page.OpenAsync($"{Article}#american-nato-line");

        var current = page.Locator("nav.toc a[aria-current=location]");
        await Assertions.Expect(current).ToHaveAttributeAsync("data-section", "american-nato-line");

        await page.EvaluateAsync("document.getElementById('put-to-the-test').scrollIntoView()");
        await Assertions.Expect(current).ToHaveAttributeAsync("data-section", "put-to-the-test");
    }

    [BrowserFact]
    public async Task Each_section_links_to_the_next_with_an_arrow_pointing_the_reading_way()
    {
        var page = await Server.NewPageAsync();
        await page.OpenAsync(Article);

        var next = page.Locator("section[aria-labelledby='kazakhs-and-arabs'] a.section-next");
        var arrow = await next.Locator(".pager-label").EvaluateAsync<string>("e => getComputedStyle(e, '::after').content");
        Assert.Equal("\" ←\"", arrow);
        await next.ClickAsync();

        await page.WaitForURLAsync("**#overview");
        Assert.InRange(await TopOf(page, "overview"), 40, 100);
    }

    [BrowserFact]
    public async Task On_a_narrow_screen_the_contents_are_a_drawer()
    {
        var page = await Server.NewPageAsync(width: 400, height: 800);
        await page.OpenAsync(Article);

        var drawer = page.Locator(".toc-drawer");
        Assert.False(await drawer.EvaluateAsync<bool>("d => d.open"));
        await page.ClickAsync(".toc-drawer summary");
        Assert.True(await drawer.EvaluateAsync<bool>("d => d.open"));
        await page.ClickAsync("nav.toc a[data-section='overview']");

        await page.WaitForURLAsync("**#overview");
        Assert.False(await drawer.EvaluateAsync<bool>("d => d.open"));
    }

    [BrowserFact]
    public async Task Switching_view_keeps_the_readers_place()
    {
        var page = await Server.NewPageAsync(locale: "en");
        await page.OpenAsync($"{Article}?view=en#nazarbayev-line-p4");
        await page.EvaluateAsync("document.fonts.ready");

        // The wait is armed before the action that navigates. Waiting for the URL afterwards races with it: the client
        // may take the navigation's event on its own thread between reading the old URL and listening, and then waits
        // for a navigation that is already over (seen in CI: the new page was loaded 136 ms after the key, and the wait
        // timed out 30 s later). From DOMContentLoaded, not the commit: the old document may still answer before it.
        var toArabic = page.WaitForURLAsync($"**{Article}?view=ar#nazarbayev-line-p4", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.ClickAsync(".view-switcher a[href$='view=ar']");
        await toArabic;
        await page.WaitForModulesAsync();
        await page.EvaluateAsync("document.fonts.ready");
        Assert.Equal("ar", await page.GetAttributeAsync("article", "lang"));
        Assert.InRange(await TopOf(page, "nazarbayev-line-p4"), 40, 100);

        var toEnglish = page.WaitForURLAsync($"**{Article}?view=en#*", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Keyboard.PressAsync("v");
        await toEnglish;
        await page.WaitForModulesAsync();
        await page.EvaluateAsync("document.fonts.ready");
        Assert.Equal("en", await page.GetAttributeAsync("article", "lang"));
        Assert.InRange(await TopOf(page, "nazarbayev-line-p4"), 40, 100);
    }

    private static async Task Jump(IPage page, string id)
    {
        await page.EvaluateAsync("id => { location.hash = id; }", id);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"#{id}$"));
        Assert.InRange(await TopOf(page, id), 40, 100);
    }

    private static Task<double> TopOf(IPage page, string id) =>
        page.EvaluateAsync<double>($"document.getElementById('{id}').getBoundingClientRect().top");
}
