using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>
/// A word that matches nothing is taken for the nearest words of the text, only when nothing matched as typed, and
/// the results say what was searched instead.
/// </summary>
public sealed class SpellingTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("Nazarbaiev", "Nazarbayev")]
    [InlineData("Kirgizstan", "Kyrgyzstan")] // two letters off, in a word of ten
    [InlineData("Uighurs", "Uyghurs")] // the index holds the stem, uyghur
    [InlineData("Vostochnyy", "Vostochny")]
    [InlineData("ruble", "roubles")] // the text has only the plural
    [InlineData("Kasym", "Kassym")]
    [InlineData("تنجيز", "تنغيز")]
    [InlineData("قرغيزستان", "قيرغيزستان")]
    public async Task A_misspelt_name_finds_the_text_s_spelling_and_says_so(string typed, string written)
    {
        var asWritten = await fixture.Search.SearchAsync(written, "en", 0, 100);

        var results = await fixture.Search.SearchAsync(typed, "en", 0, 100);

        Assert.Equal(written, results.Correction);
        Assert.Equal(typed, results.Query);
        Assert.Equal(asWritten.Results.Select(h => h.Anchor), results.Results.Select(h => h.Anchor));
        Assert.All(results.Results, hit => Assert.Contains("<mark", hit.Snippet + hit.Pair?.Snippet, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_word_that_matches_nothing_is_corrected_in_the_query()
    {
        var results = await fixture.Search.SearchAsync("Russia Kirgizstan", "en", 0, 100);

        Assert.Equal("Russia Kyrgyzstan", results.Correction);
        Assert.Equal((await fixture.Search.SearchAsync("Russia Kyrgyzstan", "en", 0, 100)).Total, results.Total);
    }

    [Fact]
    public async Task Searched_exactly_a_misspelt_word_finds_nothing()
    {
        var results = await fixture.Search.SearchAsync("Nazarbaiev", "en", exact: true);

        Assert.Equal(0, results.Total);
        Assert.Null(results.Correction);
    }

    [Theory]
    [InlineData("Nazarbayev")] // found as typed
    [InlineData("Russia Baikonur")] // every word is in the text: nothing to correct
    [InlineData("Afghanistan")] // nothing in the text is near it
    [InlineData("أفغانستان")]
    [InlineData("czar")] // too short to correct safely
    public async Task Words_found_as_typed_or_far_from_every_word_are_not_corrected(string query)
    {
        var results = await fixture.Search.SearchAsync(query, "en", 0, 100);

        Assert.Null(results.Correction);
    }

    [Fact]
    public async Task A_correction_asks_sqlite_nothing_it_rejects()
    {
        var warnings = fixture.Log.Warnings.Count;

        await fixture.Search.SearchAsync("Nazarbaiev \"Silk Road\" kaz* Kirgizstan", "ar");

        Assert.Equal(warnings, fixture.Log.Warnings.Count);
    }
}

/// <summary>The distance and the choice of near terms, on their own.</summary>
public sealed class SpellingToleranceTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("nazarbaiev", "nazarbayev", 2, 1)]
    [InlineData("ab", "ba", 1, 1)] // two neighbours swapped: one edit
    [InlineData("abcdef", "abcdef", 2, 0)]
    [InlineData("abcdef", "uvwxyz", 2, 3)] // past the limit: limit + 1
    [InlineData("abc", "abcdefg", 2, 3)]
    public void Distance_counts_edits_up_to_one_past_the_limit(string a, string b, int limit, int expected) =>
        Assert.Equal(expected, SpellingTolerance.Distance(a, b, limit));

    [Fact]
    public void The_nearest_term_is_chosen_and_the_most_used_among_equals()
    {
        var vocabulary = new (string, long)[] { ("nazarbayev", 20), ("nazarbayef", 30), ("nazarbay", 50), ("nazar", 5) };

        Assert.Equal(["nazarbayev"], SpellingTolerance.Nearest("nazarbaiev", vocabulary));
        Assert.Equal(["nazarbayef"], SpellingTolerance.Nearest("nazarbayeq", vocabulary));
        Assert.Equal(["roubl"], SpellingTolerance.Nearest("ruble", [("rule", 9), ("roubl", 1)])); // rubl, its stem, is one edit from roubl
    }

    [Theory]
    [InlineData("uighurs", "uyghur")] // the plural's s, which the stemmer takes
    [InlineData("vostochnyy", "vostochni")] // y as the stemmer writes it
    [InlineData("mamelukes", "mamluk")]
    public void An_english_word_is_also_compared_without_the_ending_the_stemmer_takes(string typed, string stem) =>
        Assert.Equal([stem], SpellingTolerance.Nearest(typed, [(stem, 1)]));

    [Theory]
    [InlineData("czar", 0)]
    [InlineData("tsars", 1)]
    [InlineData("kazakhst", 2)]
    public void Short_words_are_not_corrected_and_long_ones_by_up_to_two_edits(string term, int edits) =>
        Assert.Equal(edits, SpellingTolerance.MaxEdits(term));
}
