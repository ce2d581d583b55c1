using KazakhArticle.EndToEnd.Support;
using Microsoft.Playwright;

namespace KazakhArticle.EndToEnd;

/// <summary>
/// The share image on the app as published, as a link preview would fetch it: the published output must carry Skia's
/// and HarfBuzz's native libraries and the embedded fonts, and a browser must take the PNG. The image is saved to
/// <c>TestResults/share-images/</c>, to be looked at.
/// </summary>
[Collection(ProductionServerGroup.Name)]
public sealed class ShareImageTests(ProductionServer server)
{
    [BrowserTheory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task The_image_an_article_names_opens_in_a_browser_at_1200_by_630(string language)
    {
        var address = await server.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(address, $"/{language}/articles/{Shipped.Slug}").AbsoluteUri);
        var image = await page.Locator("meta[property='og:image']").GetAttributeAsync("content");
        Assert.NotNull(image);
        Assert.StartsWith(address.AbsoluteUri, image, StringComparison.Ordinal);

        var response = await page.GotoAsync(image);

        Assert.NotNull(response);
        Assert.True(response.Ok, $"{response.Status}\n{server.RecentLog}");
        Assert.Equal("image/png", response.Headers["content-type"]);
        Assert.Contains("immutable", response.Headers["cache-control"], StringComparison.Ordinal);
        var size = await page.EvaluateAsync<int[]>("() => [document.images[0].naturalWidth, document.images[0].naturalHeight]");
        Assert.Equal([1200, 630], size);
        var artifacts = Path.Combine(RepositoryPaths.Root, "TestResults", "share-images");
        Directory.CreateDirectory(artifacts);
        await File.WriteAllBytesAsync(Path.Combine(artifacts, $"published-{language}.png"), await response.BodyAsync());
    }
}
