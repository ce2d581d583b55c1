using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>Searching the shipped English translation: case, stems, phrases, prefixes.</summary>
public sealed class EnglishSearchTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("Baikonur")]
    [InlineData("BAIKONUR")]
    [InlineData("baikonur")]
    public async Task Case_does_not_matter(string query) =>
        Assert.Equal(3, (await English(query)).Total);

    [Theory]
    [InlineData("investments", "overview-p7")] // the text says "invested"
    [InlineData("investing", "overview-p8")]
    [InlineData("exporter", "overview-p9")] // the text says "exporters" and "exporter"
    [InlineData("borders", "overview-p3")] // the text says "border"
    [InlineData("liberating", "kazakhs-and-arabs-p2")] // the text says "liberation" and "liberators"
    public async Task Finds_other_forms_of_a_word(string query, string paragraphId)
    {
        var results = await English(query);

        Assert.Contains(results.Results, hit => hit.ParagraphId == paragraphId);
    }

    [Fact]
    public async Task Marks_the_words_as_the_text_writes_them()
    {
        var results = await English("investments");

        var hit = Assert.Single(results.Results, h => h.ParagraphId == "overview-p7");
        Assert.Contains("<mark class=\"hit\">invested</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quoted_phrase_matches_the_words_in_order()
    {
        var phrase = await English("\"Silk Road\"");
        var reversed = await English("\"Road Silk\"");

        Assert.True(phrase.Total >= 3, $"{phrase.Total} hits");
        Assert.Equal(0, reversed.Total);
    }

    [Fact]
    public async Task A_trailing_star_matches_the_start_of_words()
    {
        Assert.True((await English("Nazarbay*")).Total > 10);
        Assert.Equal(0, (await fixture.Search.SearchAsync("Nazarbay", "en", exact: true)).Total); // no spelling correction
    }

    [Theory]
    [InlineData("kaz* russia")]
    [InlineData("russia kaz*")]
    [InlineData("kaz* rus*")]
    [InlineData("nazarbay* tokay* kazakh*")]
    public async Task A_latin_prefix_combines_with_other_words(string query)
    {
        var warnings = fixture.Log.Warnings.Count;
        // A hit is a paragraph, or a section's heading.
        static string Place(SearchHit hit) => hit.ParagraphId ?? $"{hit.SectionId} heading";
        var alone = new List<HashSet<string>>();
        foreach (var word in query.Split(' '))
        {
            alone.Add([.. (await English(word)).Results.Select(Place)]);
        }

        var together = await English(query);

        // Every word must match: the paragraphs that each word finds alone, and only those.
        var expected = alone.Aggregate((a, b) => [.. a.Intersect(b)]);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), together.Results.Select(Place).Order());
        Assert.Equal(warnings, fixture.Log.Warnings.Count);
    }

    [Theory]
    [InlineData("Kazakhstan OR Russia", "kazakhstan or russia")]
    [InlineData("Kazakhstan AND Russia", "kazakhstan and russia")]
    [InlineData("Russia NOT China", "russia not china")]
    [InlineData("NEAR(Russia China)", "near russia china")]
    [InlineData("oil OR gas*", "oil or gas*")]
    public async Task An_operator_is_only_a_word(string withOperator, string plainWords)
    {
        var warnings = fixture.Log.Warnings.Count;

        var expected = await English(plainWords);
        var actual = await English(withOperator);

        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Results.Select(h => h.Anchor), actual.Results.Select(h => h.Anchor));
        Assert.Equal(warnings, fixture.Log.Warnings.Count);
    }

    [Fact]
    public async Task A_mixed_query_finds_the_places_where_each_word_is_in_either_edition()
    {
        var mixed = await fixture.Search.SearchAsync("Baikonur بايكونور", "en", 0, 100);
        var english = await fixture.Search.SearchAsync("Baikonur", "en", 0, 100);
        var arabic = await fixture.Search.SearchAsync("بايكونور", "en", 0, 100);

        Assert.True(mixed.Total > 0);
        Assert.Equal(english.Results.Select(h => h.Anchor).Intersect(arabic.Results.Select(h => h.Anchor)).Order(), mixed.Results.Select(h => h.Anchor).Order());
        Assert.All(mixed.Results, hit =>
        {
            Assert.Contains("<mark", hit.Snippet, StringComparison.Ordinal);
            Assert.Contains("<mark", hit.Pair!.Snippet, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_hit_opens_the_edition_asked_for_and_shows_the_same_place_in_the_other()
    {
        var hit = (await English("Vostochny")).Results[0];

        Assert.Equal("en", hit.Language);
        Assert.StartsWith("overview-p", hit.Anchor, StringComparison.Ordinal);
        Assert.Equal("Overview", hit.SectionTitle);
        Assert.Contains("<mark class=\"hit\">Vostochny</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal("ar", hit.Pair?.Language);
        Assert.DoesNotContain("<mark", hit.Pair!.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_query_asked_for_the_arabic_edition_finds_the_same_places_opening_in_arabic()
    {
        var english = await English("Vostochny");
        var arabic = await fixture.Search.SearchAsync("Vostochny", "ar", 0, 100);

        Assert.True(english.Total > 0);
        Assert.Equal(english.Results.Select(h => h.Anchor), arabic.Results.Select(h => h.Anchor));
        Assert.All(arabic.Results, hit =>
        {
            Assert.Equal("ar", hit.Language);
            Assert.Equal("en", hit.Pair?.Language);
            Assert.Contains("<mark", hit.Pair!.Snippet, StringComparison.Ordinal);
        });
    }

    private Task<SearchResults> English(string query) => fixture.Search.SearchAsync(query, "en", 0, 100);
}
