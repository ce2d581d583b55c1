using System.Text.RegularExpressions;
using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>
/// The fast search gives what the search gave before it (see Reference/ReferenceSearch): the same totals, hits in
/// the same order with the same links and snippets, and the same terms to mark on a page. Searched exactly: the
/// reference corrects no spelling (SpellingTests cover that).
/// </summary>
public sealed partial class SearchEquivalenceTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private static readonly string[] ShippedFiles = ["ar.md", "en.md"];

    public static TheoryData<string> Queries => new()
    {
        "كازاخستان روسيا", "كازاخستان", "Nazarbayev", "kaz*", "Kazakh*", "نزارباي*", "\"طريق الحرير\"", "«طريق الحرير»",
        "\"Silk Road\"", "investments", "the", "and of", "1917", "١٩١٧", "Baikonur بايكونور", "روسيا والصين", "كازاخستان OR",
        "NEAR(a b)", "\"; DROP TABLE SearchEntries; --", "zzzz", "oil gas", "\"the Russian\"", "a*", "ال*", "الدولة*",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Gives_the_same_totals_ranking_and_snippets_as_before(string query)
    {
        foreach (var language in new string?[] { null, "ar", "en" })
        {
            foreach (var (offset, limit) in new[] { (0, 20), (0, 100), (5, 5), (20, 20), (40, 3), (1000, 20) })
            {
                var expected = await fixture.Reference.SearchAsync(query, language, offset, limit);

                var actual = await fixture.Search.SearchAsync(query, language, offset, limit, exact: true);

                AssertSame(expected, actual, $"{query} [{language ?? "all"}] {offset}+{limit}");
            }
        }
    }

    [Fact]
    public async Task Gives_the_same_results_as_before_for_every_word_of_the_article()
    {
        var words = ShippedWords().ToList();
        Assert.True(words.Count > 1000, $"{words.Count} words");

        foreach (var word in words)
        {
            var expected = await fixture.Reference.SearchAsync(word, null, 0, ArticleSearch.MaxLimit);

            var actual = await fixture.Search.SearchAsync(word, null, 0, ArticleSearch.MaxLimit, exact: true);

            AssertSame(expected, actual, word);
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Marks_the_same_terms_on_the_page_as_before(string query)
    {
        var expected = await fixture.Reference.MatchedTermsAsync(Shipped.Slug, query);

        var places = await fixture.Search.MatchedPlacesAsync(Shipped.Slug, query);
        var actual = places.ToDictionary(p => p.Key, p => p.Value.Values.SelectMany(HitMarker.MarkedTerms).ToHashSet(StringComparer.Ordinal));

        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (language, terms) in expected)
        {
            Assert.Equal(terms.Order(StringComparer.Ordinal), actual[language].Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Marks_nothing_for_an_article_that_does_not_exist()
    {
        Assert.Empty(await fixture.Search.MatchedPlacesAsync("no-such-article", "كازاخستان"));
    }

    private static void AssertSame(SearchResults expected, SearchResults actual, string what)
    {
        Assert.True(expected.Total == actual.Total, $"{what}: total {actual.Total}, was {expected.Total}");
        Assert.True(
            expected.Results.SequenceEqual(actual.Results),
            $"{what}: hits differ\nwas:\n{string.Join('\n', expected.Results)}\nnow:\n{string.Join('\n', actual.Results)}");
    }

    /// <summary>Every distinct word of the shipped article, in both languages.</summary>
    private static IEnumerable<string> ShippedWords() =>
        ShippedFiles
            .SelectMany(file => Word().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.ShippedArticle, file))))
            .Select(m => m.Value)
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{Mn}\p{Nd}]+")]
    private static partial Regex Word();
}
