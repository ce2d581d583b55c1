using KazakhArticle.EndToEnd.Support;
using Microsoft.Playwright;

namespace KazakhArticle.EndToEnd;

/// <summary>Following a mention to its card, and from the card, the index, the timeline and the figures to the paragraphs.</summary>
[Collection(ReaderServerGroup.Name)]
public sealed class NamesTests(ReaderServer server) : BrowserTests(server)
{
    private const string Article = Shipped.Article;

    [BrowserFact]
    public async Task With_javascript_a_mention_opens_its_card_beside_it_and_escape_returns_to_the_text()
    {
        var page = await Server.NewPageAsync(locale: "en");
        await page.OpenAsync($"{Article}?view=en");
        var mention = page.Locator("a.mention[href*='/names/baikonur?']").First;
        var url = page.Url;

        await mention.ClickAsync();

        var card = page.Locator("#mention-popover .entity-card");
        await Assertions.Expect(card).ToBeVisibleAsync();
        Assert.Equal(url, page.Url);
        Assert.Equal("Baikonur Cosmodrome", (await card.Locator("h2.entity-name").TextContentAsync())!.Trim());
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement?.classList.contains('entity-name')"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(ReaderServer.ArtifactsFolder, "mention-card-en.png") });

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(card).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement?.href?.includes('/names/baikonur?')"));
    }

    [BrowserFact]
    public async Task Without_javascript_a_mention_is_a_link_to_its_card_which_leads_back_and_on_through_the_text()
    {
        var page = await Server.NewPageAsync(locale: "en", javaScript: false);
        await page.GotoAsync($"{Article}?view=en");

        var mention = page.Locator("a.mention[href*='/names/tokayev?']").First;
        var from = await mention.EvaluateAsync<string>("a => a.closest('.paragraph').id");
        await mention.ClickAsync();

        await page.WaitForURLAsync($"**/names/tokayev?view=en&at={from}");
        Assert.Equal("Kassym-Jomart Tokayev", (await page.TextContentAsync("h1.entity-name"))!.Trim());
        Assert.Equal("قاسم جومارت توكاييف", (await page.TextContentAsync(".entity-other-name"))!.Trim());
        await page.ScreenshotAsync(new() { Path = Path.Combine(ReaderServer.ArtifactsFolder, "entity-card-en.png") });

        await page.ClickAsync(".entity-back");
        await page.WaitForURLAsync($"**{Article}?view=en#{from}");
        await page.WaitForFunctionAsync($"() => document.querySelector(':target')?.id === '{from}'");

        await page.GoBackAsync();
        await page.ClickAsync(".entity-next");
        await page.WaitForURLAsync(url => url.Contains($"{Article}?view=en#", StringComparison.Ordinal) && !url.EndsWith($"#{from}", StringComparison.Ordinal));
        var next = await page.EvaluateAsync<string>("location.hash.slice(1)");
        // The paragraph it lands on names him.
        Assert.True(await page.EvaluateAsync<bool>($"() => /Tokayev/.test(document.getElementById('{next}').textContent)"));
    }

    [BrowserTheory]
    [InlineData("en", "Baikonur")]
    [InlineData("ar", "بايكونور")]
    public async Task A_mark_on_the_timeline_lands_on_the_paragraph_that_dates_it(string language, string named)
    {
        var page = await Server.NewPageAsync(locale: language);
        await page.OpenAsync($"{Article}/timeline");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ReaderServer.ArtifactsFolder, $"timeline-{language}.png"), FullPage = true });

        // The first satellite, 1957: the seventh mark.
        var mark = page.Locator("svg.timeline-chart a").Nth(6);
        var href = await mark.GetAttributeAsync("href") ?? "";
        await mark.ClickAsync();

        var id = href[(href.IndexOf('#') + 1)..];
        await page.WaitForFunctionAsync($"() => document.querySelector(':target')?.id === '{id}'");
        Assert.True(await page.EvaluateAsync<bool>($"() => document.getElementById('{id}').textContent.includes('{named}')"));
    }

    [BrowserFact]
    public async Task A_figure_leads_to_the_paragraph_that_states_it()
    {
        var page = await Server.NewPageAsync(locale: "en");
        await page.OpenAsync($"{Article}/figures");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ReaderServer.ArtifactsFolder, "figures-en.png"), FullPage = true });

        await page.ClickAsync("#figure-border-russia td a");

        await page.WaitForFunctionAsync("() => document.querySelector(':target')?.id === 'overview-p3'");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('overview-p3').textContent.includes('7,600')"));
    }

    [BrowserFact]
    public async Task The_index_links_each_name_to_the_paragraphs_that_name_it()
    {
        var page = await Server.NewPageAsync(locale: "ar");
        await page.OpenAsync($"{Article}/names");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ReaderServer.ArtifactsFolder, "names-ar.png"), FullPage = true });

        var link = page.Locator("#baikonur .names-mentions a").First;
        var href = await link.GetAttributeAsync("href") ?? "";
        await link.ClickAsync();

        var id = href[(href.IndexOf('#') + 1)..];
        await page.WaitForFunctionAsync($"() => document.querySelector(':target')?.id === '{id}'");
        Assert.True(await page.EvaluateAsync<bool>($"() => /بايكونور/.test(document.getElementById('{id}').textContent)"));
    }
}
