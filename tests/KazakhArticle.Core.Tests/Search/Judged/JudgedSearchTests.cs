using System.Globalization;
using System.Text;
using KazakhArticle.Core.Content;
using KazakhArticle.Core.Search;
using KazakhArticle.Core.Tests.Support;
using Xunit.Abstractions;

namespace KazakhArticle.Core.Tests.Search.Judged;

/// <summary>
/// How well search finds what readers mean, on the judged query set: recall and precision for the Arabic queries,
/// the English ones, and every query asked of the other edition (cross-language). The figures and each query's misses
/// are written to the test output.
/// </summary>
public sealed class JudgedSearchTests(SearchFixture fixture, ITestOutputHelper output) : IClassFixture<SearchFixture>
{
    private static readonly JudgedQueries Set = JudgedQueries.Load();

    private static readonly string[] Languages = ["ar", "en"];

    private static readonly string[] Kinds = ["name", "clitic", "inflection", "topic", "phrase", "spelling", "prefix", "multi", "none"];

    /// <summary>
    /// The thresholds issue 10 asks for: Arabic recall 0.95 and precision 0.97, English 0.90 and 0.97, cross-language
    /// recall 0.95 (and precision 0.97 here too).
    /// </summary>
    /// <remarks>
    /// 2026-11-26, 198 queries: Arabic 0.952 / 0.989, English 0.983 / 0.991, across editions 0.964 / 0.990, with both
    /// editions searched at once, spelling tolerance and the shipped aliases (0.862 / 0.988, 0.817 / 0.989 and 0.005
    /// before them).
    /// </remarks>
    private static readonly Dictionary<string, (double Recall, double Precision)> Floors = new()
    {
        ["ar"] = (0.95, 0.97),
        ["en"] = (0.90, 0.97),
        ["cross"] = (0.95, 0.97),
    };

    [Fact]
    public void The_set_is_well_formed_and_names_only_places_the_article_has()
    {
        var article = Assert.Single(ContentLibrary.Read(RepositoryPaths.Content, TestLinks.Article), r => r.Slug == Set.Article).Article!;
        var places = article.Editions.SelectMany(e => e.Sections).SelectMany(s => s.Paragraphs.Select(p => p.Id).Prepend(s.Id)).ToHashSet();

        Assert.True(Set.Queries.Count(q => q.Language == "ar") >= 70, "at least 70 Arabic queries");
        Assert.True(Set.Queries.Count(q => q.Language == "en") >= 30, "at least 30 English queries");
        Assert.Equal(Set.Queries.Count, Set.Queries.Select(q => q.Query).Distinct().Count());
        Assert.All(Set.Queries, q =>
        {
            Assert.Contains(q.Language, Languages);
            Assert.Contains(q.Kind, Kinds);
            Assert.Equal(q.Kind == "none", q.Relevant.Count == 0);
            Assert.Empty(q.Relevant.Except(places));
            Assert.Equal(q.Relevant.Count, q.Relevant.Distinct().Count());
        });
    }

    [Fact]
    public async Task Recall_and_precision_stay_at_or_above_their_floors()
    {
        var figures = new Dictionary<string, Figures>
        {
            ["ar"] = await MeasureAsync(Set.Queries.Where(q => q.Language == "ar"), q => q.Language),
            ["en"] = await MeasureAsync(Set.Queries.Where(q => q.Language == "en"), q => q.Language),
            ["cross"] = await MeasureAsync(Set.Queries.Where(q => q.Kind != "none"), q => q.Language == "ar" ? "en" : "ar"),
        };

        var report = new StringBuilder();
        foreach (var (name, f) in figures)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{name}: {f.Queries} queries, recall {f.Recall:0.000}, precision {f.Precision:0.000}, {f.Empty} with no result");
        }

        foreach (var (name, f) in figures)
        {
            foreach (var miss in f.Misses)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  {name} {miss}");
            }
        }

        output.WriteLine(report.ToString());

        // No query of the set, in either edition, made SQLite reject its expression (that is logged, and answered with nothing).
        Assert.Empty(fixture.Log.Warnings);
        Assert.All(Floors, floor =>
        {
            var f = figures[floor.Key];
            Assert.True(f.Recall >= floor.Value.Recall && f.Precision >= floor.Value.Precision, $"{floor.Key} fell below its floor {floor.Value}:\n{report}");
        });
    }

    /// <summary>Macro averages: recall over the queries that have relevant places, precision over those that found something.</summary>
    private async Task<Figures> MeasureAsync(IEnumerable<JudgedQuery> queries, Func<JudgedQuery, string> edition)
    {
        double recall = 0, precision = 0;
        int judged = 0, answered = 0, empty = 0, count = 0;
        var misses = new List<string>();
        foreach (var query in queries)
        {
            count++;
            var results = await fixture.Search.SearchAsync(query.Query, edition(query), 0, ArticleSearch.MaxLimit);
            var found = results.Results.Select(hit => hit.Anchor).ToHashSet();
            var relevant = query.Relevant.ToHashSet();
            var right = found.Count(relevant.Contains);
            if (found.Count == 0)
            {
                empty++;
            }
            else
            {
                answered++;
                precision += (double)right / found.Count;
            }

            if (relevant.Count > 0)
            {
                judged++;
                recall += (double)right / relevant.Count;
            }

            var missed = relevant.Except(found).ToList();
            var extra = found.Except(relevant).ToList();
            if (missed.Count > 0 || extra.Count > 0)
            {
                misses.Add($"«{query.Query}» ({query.Kind}) in {edition(query)}: missed [{string.Join(", ", missed)}], extra [{string.Join(", ", extra)}]");
            }
        }

        return new Figures(count, judged == 0 ? 1 : recall / judged, answered == 0 ? 1 : precision / answered, empty, misses);
    }

    private sealed record Figures(int Queries, double Recall, double Precision, int Empty, IReadOnlyList<string> Misses);
}
