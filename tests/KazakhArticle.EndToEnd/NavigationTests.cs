using KazakhArticle.EndToEnd.Support;
using Microsoft.Playwright;

namespace KazakhArticle.EndToEnd;

[Collection(ReaderServerGroup.Name)]
public sealed class NavigationTests(ReaderServer server)
{
    private const string Article = "/articles/kazakhstan-eurasian-line";

    [BrowserFact]
    public async Task A_contents_entry_lands_on_its_section_and_updates_the_url()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync(Article);

        await page.ClickAsync("nav.toc a[data-section='lines-of-conflict']");

        await page.WaitForURLAsync($"**{Article}#lines-of-conflict");
        Assert.InRange(await TopOf(page, "lines-of-conflict"), 40, 100);
    }

    [BrowserFact]
    public async Task A_deep_link_lands_on_its_paragraph_on_a_fresh_load()
    {
        var page = await server.NewPageAsync();

        await page.GotoAsync($"{Article}#nazarbayev-line-p3");
        await page.EvaluateAsync("document.fonts.ready");
        await page.WaitForTimeoutAsync(300);

        Assert.InRange(await TopOf(page, "nazarbayev-line-p3"), 40, 100);
    }

    [BrowserFact]
    public async Task Back_returns_to_where_the_reader_was()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync(Article);
        await page.ClickAsync("nav.toc a[data-section='lines-of-conflict']");
        await page.WaitForURLAsync("**#lines-of-conflict");
        var there = await page.EvaluateAsync<double>("scrollY");
        await page.ClickAsync("nav.toc a[data-section='overview']");
        await page.WaitForURLAsync("**#overview");

        await page.GoBackAsync();
        await page.WaitForURLAsync("**#lines-of-conflict");
        await page.WaitForFunctionAsync($"Math.abs(scrollY - {there}) < 5");

        await page.GoBackAsync();
        await page.WaitForFunctionAsync("scrollY === 0");
    }

    [BrowserFact]
    public async Task The_contents_mark_the_section_in_view()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync($"{Article}#american-nato-line");

        var current = page.Locator("nav.toc a[aria-current=location]");
        await Assertions.Expect(current).ToHaveAttributeAsync("data-section", "american-nato-line");

        await page.EvaluateAsync("document.getElementById('put-to-the-test').scrollIntoView()");
        await Assertions.Expect(current).ToHaveAttributeAsync("data-section", "put-to-the-test");
    }

    [BrowserFact]
    public async Task Each_section_links_to_the_next_with_an_arrow_pointing_the_reading_way()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync(Article);

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
        var page = await server.NewPageAsync(width: 400, height: 800);
        await page.GotoAsync(Article);

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
        var page = await server.NewPageAsync(locale: "en");
        await page.GotoAsync($"{Article}?view=en#nazarbayev-line-p4");
        await page.EvaluateAsync("document.fonts.ready");

        await page.ClickAsync(".view-switcher a[href$='view=ar']");

        await page.WaitForURLAsync($"**{Article}?view=ar#nazarbayev-line-p4");
        await page.EvaluateAsync("document.fonts.ready");
        Assert.Equal("ar", await page.GetAttributeAsync("article", "lang"));
        Assert.InRange(await TopOf(page, "nazarbayev-line-p4"), 40, 100);

        await page.Keyboard.PressAsync("v");
        await page.WaitForURLAsync($"**{Article}?view=en#*");
        Assert.Equal("en", await page.GetAttributeAsync("article", "lang"));
        Assert.InRange(await TopOf(page, "nazarbayev-line-p4"), 40, 100);
    }

    private static Task<double> TopOf(IPage page, string id) =>
        page.EvaluateAsync<double>($"document.getElementById('{id}').getBoundingClientRect().top");
}
