using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KazakhArticle.EndToEnd.Support;
using KazakhArticle.Web.Components.Reading;
using Microsoft.Playwright;

namespace KazakhArticle.EndToEnd;

/// <summary>axe-core finds no violation on any page, in either interface language, in any theme; each is photographed.</summary>
[Collection(ReaderServerGroup.Name)]
public sealed class AccessibilityTests(ReaderServer server)
{
    public static readonly TheoryData<string, string, string, string> Pages = Cases();

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violations(string name, string url, string language, string theme)
    {
        var page = await server.NewPageAsync(locale: language);
        await page.AddInitScriptAsync($$"""localStorage.setItem("{{ReaderStorage.SettingsKey}}", JSON.stringify({ theme: "{{theme}}" }));""");
        await page.OpenAsync(url);
        await page.EvaluateAsync("document.fonts.ready");
        Assert.Equal(theme, await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        Assert.Equal(language, await page.EvaluateAsync<string>("document.documentElement.lang"));

        await page.ScreenshotAsync(new() { Path = Path.Combine(ReaderServer.ArtifactsFolder, $"{name}-{language}-{theme}.png") });
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });

        Assert.True(results.Violations.Length == 0, Describe(results.Violations));
        await page.ExpectNoErrorBarAsync(server);
    }

    private static TheoryData<string, string, string, string> Cases()
    {
        (string Name, string Url)[] pages =
        [
            ("home", "/"),
            ("reading-ar", Shipped.Article + "?view=ar"),
            ("reading-en", Shipped.Article + "?view=en"),
            ("reading-parallel", Shipped.Article + "?view=parallel"),
            ("search", "/search?q=%D8%A8%D8%A7%D9%8A%D9%83%D9%88%D9%86%D9%88%D8%B1"),
            ("not-found", "/articles/no-such-article"),
        ];
        var data = new TheoryData<string, string, string, string>();
        foreach (var (name, url) in pages)
        {
            foreach (var language in new[] { "ar", "en" })
            {
                foreach (var theme in new[] { "light", "dark", "sepia" })
                {
                    data.Add(name, url, language, theme);
                }
            }
        }

        return data;
    }

    private static string Describe(AxeResultItem[] violations) =>
        string.Join("\n", violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => string.Join(" ", n.Target) + " — " + n.Html))));
}
