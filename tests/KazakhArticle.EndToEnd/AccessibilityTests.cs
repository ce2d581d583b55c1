using KazakhArticle.EndToEnd.Support;
using KazakhArticle.Web.Components.Reading;

namespace KazakhArticle.EndToEnd;

/// <summary>
/// axe-core finds no violation on any page, in either interface language: every rule once per page and language,
/// then contrast again in each other theme, on the same page (a theme is a data attribute on &lt;html&gt;, as the
/// settings set it). Each page is photographed in each theme.
/// </summary>
/// <remarks>
/// With a server and browser of its own, not the shared collection's: axe's runs are most of the browser suite's time
/// and mostly Chromium's CPU, while the other browser tests mostly wait on pages, so the two run side by side.
/// </remarks>
public sealed class AccessibilityTests(ReaderServer server) : BrowserTests(server), IClassFixture<ReaderServer>
{
    public static readonly TheoryData<string, string, string> Pages = Cases();

    private static readonly string[] Themes = ["light", "dark", "sepia"];

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violations_and_every_theme_keeps_its_contrast(string name, string url, string language)
    {
        var page = await Server.NewPageAsync(locale: language);
        await page.AddInitScriptAsync($$"""localStorage.setItem("{{ReaderStorage.SettingsKey}}", JSON.stringify({ theme: "{{Themes[0]}}" }));""");
        await page.OpenAsync(url);
        await page.EvaluateAsync("document.fonts.ready");
        // The page at rest: paragraphs below the fold are skipped (content-visibility) until the idle pass lays them
        // out, and axe judged their hidden tools as shown while they were (a contrast failure in CI, one run in ~15).
        await page.WaitForFunctionAsync("() => !document.querySelector('.article .paragraph:not(.laid-out)')");
        Assert.Equal(Themes[0], await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        Assert.Equal(language, await page.EvaluateAsync<string>("document.documentElement.lang"));

        var failures = new List<string>();
        foreach (var theme in Themes)
        {
            await page.EvaluateAsync("theme => { document.documentElement.dataset.theme = theme; }", theme);
            await page.ScreenshotAsync(new() { Path = Path.Combine(ReaderServer.ArtifactsFolder, $"{name}-{language}-{theme}.png") });
            var violations = theme == Themes[0]
                ? await page.RunTagsAsync("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")
                : await page.RunRulesAsync("color-contrast", "link-in-text-block");
            if (violations.Length > 0)
            {
                failures.Add($"{theme}:\n{Axe.Describe(violations)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await page.ExpectNoErrorBarAsync(Server);
    }

    private static TheoryData<string, string, string> Cases()
    {
        (string Name, string Url)[] pages =
        [
            ("home", "/"),
            ("reading-ar", Shipped.Article + "?view=ar"),
            ("reading-en", Shipped.Article + "?view=en"),
            ("reading-parallel", Shipped.Article + "?view=parallel"),
            ("search", "/search?q=%D8%A8%D8%A7%D9%8A%D9%83%D9%88%D9%86%D9%88%D8%B1"),
            ("names", Shipped.Article + "/names"),
            ("entity-card", Shipped.Article + "/names/tokayev?view=ar&at=overview-p18"),
            ("timeline", Shipped.Article + "/timeline"),
            ("figures", Shipped.Article + "/figures"),
            ("map", Shipped.Article + "/map"),
            ("not-found", "/articles/no-such-article"),
        ];
        var data = new TheoryData<string, string, string>();
        foreach (var (name, url) in pages)
        {
            foreach (var language in new[] { "ar", "en" })
            {
                data.Add(name, url, language);
            }
        }

        return data;
    }
}
