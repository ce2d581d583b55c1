using KazakhArticle.EndToEnd.Support;
using Microsoft.Playwright;

namespace KazakhArticle.EndToEnd;

/// <summary>
/// The paragraph tools (¶ and cite) on a screen with a mouse, where they stay hidden until the paragraph is hovered:
/// hidden, they must take no room. Before, after a full last line they wrapped onto a line of their own, which stayed
/// blank: about one paragraph in five at each width. Headless Chromium says it has no hover, so this browser is told
/// otherwise (Blink's settings); the other browser tests see the touch-screen layout.
/// </summary>
[Collection(ReaderServerGroup.Name)]
public sealed class ParagraphToolsLayoutTests(ReaderServer server) : BrowserTests(server)
{
    private const string MouseScreen = "--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4";

    [BrowserTheory]
    [InlineData(Shipped.ArabicArticle, 1280)]
    [InlineData(Shipped.ArabicArticle, 390)]
    [InlineData(Shipped.EnglishArticle + "?view=en", 800)]
    [InlineData(Shipped.EnglishArticle + "?view=parallel", 1280)]
    public async Task Hidden_tools_leave_no_blank_line_and_shown_ones_cover_no_text(string path, int width)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright, MouseScreen);
        var page = await browser.NewPageAsync(new()
        {
            BaseURL = Server.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new() { Width = width, Height = 900 },
            ReducedMotion = ReducedMotion.Reduce,
        });
        await page.OpenAsync(path);
        Assert.True(await page.EvaluateAsync<bool>("matchMedia('(hover: hover)').matches"));
        // Every paragraph laid out (ArticlePage.razor.js does it while the page is idle), so its box is its own.
        await page.WaitForFunctionAsync("() => !document.querySelector('.article .paragraph:not(.laid-out)')");

        // For each paragraph's text, the space below its last line that is still inside its box (a blank line is a
        // line's height), and how far its tools reach into the text of the next paragraph.
        var paragraphs = await page.EvaluateAsync<Measured[]>("""
            () => {
              const textOf = (element) => {
                const range = document.createRange();
                range.selectNodeContents(element);
                return [...range.getClientRects()];
              };
              const blocks = [...document.querySelectorAll('.article .paragraph')];
              return blocks.map((paragraph, i) => {
                const tools = paragraph.querySelector('.paragraph-tools');
                const text = textOf(tools.previousElementSibling);
                // A cell of the parallel view is as tall as its row, whichever text is longer: measured in the others.
                const bottom = tools.closest('.cell') ? Math.max(...text.map((r) => r.bottom)) : paragraph.getBoundingClientRect().bottom;
                const next = blocks[i + 1]?.querySelector('p');
                const nextTop = next ? Math.min(...textOf(next).map((r) => r.top)) : Infinity;
                return {
                  id: paragraph.id,
                  below: bottom - Math.max(...text.map((r) => r.bottom)),
                  lineHeight: parseFloat(getComputedStyle(tools.previousElementSibling).lineHeight),
                  intoNext: Math.max(0, tools.getBoundingClientRect().bottom - nextTop),
                };
              });
            }
            """);

        Assert.NotEmpty(paragraphs);
        var blank = paragraphs.Where(p => p.Below > p.LineHeight / 2).Select(p => $"{p.Id}: {p.Below:0} px below the text").ToList();
        Assert.True(blank.Count == 0, "a blank line under the text:\n" + string.Join('\n', blank));
        var covering = paragraphs.Where(p => p.IntoNext > 0).Select(p => $"{p.Id}: {p.IntoNext:0} px into the next text").ToList();
        Assert.True(covering.Count == 0, "tools over the next paragraph:\n" + string.Join('\n', covering));

        // Hovered, they show, and can be used.
        var first = paragraphs[0].Id;
        await page.HoverAsync($"#{first} p");
        await Assertions.Expect(page.Locator($"#{first} .paragraph-tools")).ToHaveCSSAsync("opacity", "1");
        await page.ClickAsync($"#{first} a.paragraph-link");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"#{first}$"));
    }

    private sealed class Measured
    {
        public string Id { get; set; } = "";

        public double Below { get; set; }

        public double LineHeight { get; set; }

        public double IntoNext { get; set; }
    }
}
