using KazakhArticle.EndToEnd.Support;
using Xunit.Abstractions;

namespace KazakhArticle.EndToEnd;

/// <summary>
/// Lighthouse 12.2.3 on the mobile preset (simulated throttling) against the app as published, run in Production:
/// Accessibility, Best Practices and SEO 100 and CLS ≤ 0.05 are asserted here. Performance (≥ 98) and LCP (≤ 1.5 s) are
/// speed: on a shared 2-core machine they are measured on a quiet machine and written in docs/performance.md, never
/// asserted in a test that the machine's load could fail (the script's defaults are those targets; this test lifts them).
/// The script's summary, with every audit that costs points, is the failure message; the reports are in
/// TestResults/lighthouse.
/// </summary>
[Collection(ProductionServerGroup.Name)]
[Trait("Category", "Lighthouse")]
public sealed class LighthouseTests(ProductionServer server, ITestOutputHelper output)
{
    public static readonly TheoryData<string, string, string> Pages = new()
    {
        { "Arabic article", Shipped.ArabicArticle, "ar" },
        { "English view", Shipped.EnglishArticle + "?view=en", "en" },
        { "home page", "/ar", "ar" },
    };

    // One run a page: what is asserted here (the three categories and CLS) does not move with the machine's load, as
    // speed does. Three runs judged on the median (Lighthouse's advice for speed) cost CI three minutes and are for
    // the measurements in docs/performance.md (run.mjs --runs=3).
    private const int Runs = 1;

    [LighthouseTheory]
    [MemberData(nameof(Pages))]
    public async Task The_page_meets_the_lighthouse_thresholds(string name, string path, string language)
    {
        Assert.True(Lighthouse.Missing is null, Lighthouse.Missing);
        var address = await server.StartAsync();

        // A page is rendered on its first request and served from memory after: measure what readers get, not the first render.
        using (var http = new HttpClient())
        {
            (await http.GetAsync(new Uri(address, path))).EnsureSuccessStatusCode();
        }

        var (exitCode, summary) = await Lighthouse.RunAsync(
            new Uri(address, path),
            [$"--accept-language={language}", $"--runs={Runs}", "--min-performance=0", "--max-lcp-ms=60000"],
            TimeSpan.FromMinutes(2 * Runs));
        output.WriteLine(summary);

        Assert.True(exitCode == 0, $"Lighthouse on the {name} ({path}) exited {exitCode} (1: a threshold missed, 2: no run):\n{summary}");
    }
}
