using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace KazakhArticle.EndToEnd.Support;

/// <summary>
/// axe-core, run by <c>axe.run</c> in the page itself: injected once per document, asked for its violations only.
/// </summary>
/// <remarks>
/// Deque's <c>page.RunAxe</c> injects axe again on every call, runs it in parts, and finishes each run in a new blank
/// page. That is made for cross-origin frames, which this site has none of. It cost 1.2 s a call on the not-found page
/// and 2.5 to 4.4 s on the parallel article, against 0.04 to 0.13 s and 0.6 to 1.2 s for <c>axe.run</c> on the same
/// pages (docs/testing.md, "What made it faster"). The rules, the engine and its version are the same: the script is
/// the one Deque.AxeCore.Commons bundles.
/// </remarks>
public static class Axe
{
    private static readonly string Script = new BundledAxeScriptProvider().GetScript();

    /// <summary>What axe finds wrong, judged by the rules with any of the given tags.</summary>
    public static Task<AxeViolation[]> RunTagsAsync(this IPage page, params string[] tags) => page.RunAsync("tag", tags);

    /// <summary>What axe finds wrong, judged by the given rules only.</summary>
    public static Task<AxeViolation[]> RunRulesAsync(this IPage page, params string[] rules) => page.RunAsync("rule", rules);

    /// <summary>The violations, one per line with up to five of the elements each names and why, for a failure message.</summary>
    public static string Describe(IEnumerable<AxeViolation> violations) =>
        string.Join("\n", violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Select(n =>
                n.Target + " — " + n.Html + string.Concat(n.Messages.Select(m => "\n      " + m))))));

    private static async Task<AxeViolation[]> RunAsync(this IPage page, string type, string[] values)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync($"() => {{ {Script} }}");
        }

        var json = await page.EvaluateAsync<string>(
            """
            async ([type, values]) => {
              const results = await axe.run(document, { runOnly: { type, values } });
              return JSON.stringify(results.violations.map(v => ({
                id: v.id,
                impact: v.impact ?? '',
                help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => ({
                  target: n.target.join(' '),
                  html: n.html,
                  messages: [...n.any, ...n.all, ...n.none].map(c => c.message),
                })),
              })));
            }
            """,
            new object[] { type, values });
        return JsonSerializer.Deserialize<AxeViolation[]>(json, JsonSerializerOptions.Web)!;
    }
}

/// <summary>One rule axe found broken, and up to five of the elements that break it.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, AxeViolationNode[] Nodes);

/// <summary>An element that breaks a rule: its selector, its markup, and axe's reasons.</summary>
public sealed record AxeViolationNode(string Target, string Html, string[] Messages);
