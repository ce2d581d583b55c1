using KazakhArticle.EndToEnd.Support;

namespace KazakhArticle.EndToEnd;

/// <summary>Following a mention in the text to its card, and from the card and the index back to the paragraphs.</summary>
[Collection(ReaderServerGroup.Name)]
public sealed class NamesTests(ReaderServer server)
{
    private const string Article = Shipped.Article;

    [BrowserFact]
    public async Task A_mention_opens_its_card_and_the_card_leads_back_and_on_through_the_text()
    {
        var page = await server.NewPageAsync(locale: "en");
        await page.OpenAsync($"{Article}?view=en");

        var mention = page.Locator("a.mention[data-entity='tokayev']").First;
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

    [BrowserFact]
    public async Task The_index_links_each_name_to_the_paragraphs_that_name_it()
    {
        var page = await server.NewPageAsync(locale: "ar");
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
