using KazakhArticle.EndToEnd.Support;

namespace KazakhArticle.EndToEnd;

/// <summary>The map in a browser: a place on it opens its card, with the mouse and with the keyboard.</summary>
[Collection(ReaderServerGroup.Name)]
public sealed class MapTests(ReaderServer server) : BrowserTests(server)
{
    private const string Map = Shipped.Article + "/map";

    [BrowserFact]
    public async Task Clicking_a_place_on_the_map_opens_its_card()
    {
        var page = await Server.NewPageAsync(locale: "ar");
        await page.OpenAsync(Map);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ReaderServer.ArtifactsFolder, "map-ar.png"), FullPage = true });

        // Every place's name is drawn where it can be read: inside the map and clear of the other places' names.
        var boxes = await page.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('svg.map .map-place-name')].map(t => { const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })
            """);
        var map = await page.EvaluateAsync<double[]>("() => { const r = document.querySelector('svg.map').getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }");
        Assert.Equal(12, boxes.Length);
        Assert.All(boxes, b => Assert.True(b[0] >= map[0] && b[1] >= map[1] && b[2] <= map[2] && b[3] <= map[3], $"a name at {string.Join(", ", b)} runs off the map"));
        for (var i = 0; i < boxes.Length; i++)
        {
            for (var j = i + 1; j < boxes.Length; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                Assert.False(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], $"two names overlap: {string.Join(", ", a)} and {string.Join(", ", b)}");
            }
        }

        await page.Locator("svg.map a.map-place[href$='/names/almaty']").ClickAsync();

        await page.WaitForURLAsync("**/ar/articles/*/names/almaty");
        Assert.Equal("ألماتي", (await page.TextContentAsync("h1.entity-name"))!.Trim());
    }

    [BrowserFact]
    public async Task A_place_on_the_map_is_reached_and_followed_with_the_keyboard()
    {
        var page = await Server.NewPageAsync(locale: "en");
        await page.OpenAsync(Map);

        var place = page.Locator("svg.map a.map-place[href$='/names/baikonur']");
        await place.FocusAsync();
        Assert.Equal("Baikonur Cosmodrome", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(ReaderServer.ArtifactsFolder, "map-en-focus.png") });
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/en/articles/*/names/baikonur");
        Assert.Equal("Baikonur Cosmodrome", (await page.TextContentAsync("h1.entity-name"))!.Trim());
    }
}
