using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>Searching the shipped Arabic however a word is written.</summary>
public sealed class ArabicSearchTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("كَازَاخْسْتَان")] // vocalised
    [InlineData("كازاخستان")]
    [InlineData("كـازاخـستان")] // tatweel
    public async Task Finds_a_word_with_or_without_diacritics(string query)
    {
        var results = await Arabic(query);

        Assert.True(results.Total > 30, $"{results.Total} hits");
    }

    [Theory]
    [InlineData("الاسلام", "kazakhs-and-arabs-p1")] // the text writes الإسلام
    [InlineData("اسيا", "kazakhs-and-arabs-p1")] // the text writes آسيا
    [InlineData("أوروبا", "overview-p2")] // the text writes أوروبا and اوروبا
    [InlineData("الوسطي", "kazakhs-and-arabs-p1")] // alef maqsura: the text writes الوسطى
    [InlineData("الدوله", "kazakhs-and-arabs-p2")] // ta marbuta: the text writes الدولة
    [InlineData("تركمانستان", "overview-p2")] // the text writes وتركمانستان
    [InlineData("حدود", "overview-p3")] // the text writes حدودها
    [InlineData("الحدودية", "overview-p3")] // a suffixed query meets the plain word
    [InlineData("١٩١٧", "kazakhs-and-arabs-p3")] // Arabic-Indic digits meet ASCII digits
    public async Task Finds_the_paragraph_however_the_word_is_written(string query, string paragraphId)
    {
        var results = await Arabic(query);

        Assert.Contains(results.Results, hit => hit.ParagraphId == paragraphId);
    }

    [Theory]
    [InlineData("روسيا", "overview-p5")] // the text writes لروسيا
    [InlineData("روسيا", "tokayev-eurasian-line-p1")] // لروسيا
    [InlineData("\"طريق الحرير\"", "russian-chinese-line-p3")] // لطريق الحرير
    [InlineData("نزاربايف", "nazarbayev-line")] // the heading writes لنزاربايف
    [InlineData("كازاخستان", "overview-p12")] // بكازاخستان or لكازاخستان
    [InlineData("صواريخ", "overview-p6")] // the singular, صاروخ
    [InlineData("قبيلة", "kazakhs-and-arabs-p3")] // the plural, قبائل
    [InlineData("المدن", "overview-p5")] // the singular, مدينة
    [InlineData("مدينة", "put-to-the-test-p1")] // the plural, مدن
    [InlineData("اللغة", "tokayev-eurasian-line-p1")] // the dual, اللغتين
    public async Task Finds_the_forms_light_stemming_misses(string query, string paragraphId)
    {
        var results = await Arabic(query);

        Assert.Contains(results.Results, hit => (hit.ParagraphId ?? hit.SectionId) == paragraphId);
    }

    [Fact]
    public async Task An_arabic_prefix_finds_the_words_it_begins()
    {
        // The text has الصيني، الصينية، والصينية، والصينيون، والصينيين: light10 stems them all shorter than the prefix.
        var results = await Arabic("الصيني*");

        Assert.True(results.Total >= 9, $"{results.Total} hits");
        Assert.Contains(results.Results, hit => hit.Snippet.Contains("<mark class=\"hit\">والصينيون</mark>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_words_the_text_writes_as_one_find_the_one()
    {
        // The text writes نورسلطان; نور alone is in another paragraph, and سلطان nowhere by itself.
        var split = await Arabic("نور سلطان");
        var joined = await Arabic("نورسلطان");

        Assert.Equal(4, joined.Total);
        Assert.Equal(joined.Results.Select(h => h.ParagraphId).Order(), split.Results.Select(h => h.ParagraphId).Order());
    }

    [Fact]
    public async Task Words_that_are_not_one_word_together_stay_two()
    {
        var both = await Arabic("كازاخستان روسيا");

        Assert.True(both.Total > 5, $"{both.Total} hits");
    }

    [Theory]
    [InlineData("الصينية")] // its stem, صين, is also that of الصين، الصيني، والصينيون
    [InlineData("الروسية")]
    [InlineData("الاسلامية")]
    [InlineData("روسيا")] // and لروسيا
    public async Task A_word_written_as_typed_ranks_above_its_other_forms(string query)
    {
        var results = await fixture.Search.SearchAsync(query, "ar", 0, ArticleSearch.MaxLimit);
        var typed = TextAnalyzer.Normalize(query);

        // Each hit in order: whether its place writes the word as typed, or only another form of it.
        var asTyped = results.Results
            .Select(hit => TextAnalyzer.Words(fixture.OriginalText(hit.Anchor)).Any(w => TextAnalyzer.Normalize(fixture.OriginalText(hit.Anchor).AsSpan(w.Start, w.Length)) == typed))
            .ToList();

        Assert.Contains(true, asTyped);
        Assert.Contains(false, asTyped);
        Assert.Equal(asTyped.OrderByDescending(x => x), asTyped);
    }

    [Fact]
    public async Task President_is_not_main()
    {
        // Light stemming takes الرئيس (the president) and رئيسية (main) to one stem; the text has both.
        var president = await Arabic("الرئيس");
        var main = await Arabic("رئيسية");

        Assert.Equal(["الرئيس", "الرئيسين", "للرئيس"], Marked(president)); // the two presidents, for the president
        Assert.All(Marked(main), word => Assert.Contains("رئيسي", word, StringComparison.Ordinal));
        Assert.NotEmpty(Marked(main));

        static string[] Marked(SearchResults results) =>
            [.. results.Results.SelectMany(hit => System.Text.RegularExpressions.Regex.Matches(hit.Snippet, "<mark class=\"hit\">([^<]*)</mark>"))
                .Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task A_short_word_is_not_stemmed_into_another()
    {
        // light10 made بكين (Beijing) بك, and found the name زمان بك instead.
        var results = await Arabic("بكين");

        var hit = Assert.Single(results.Results);
        Assert.Contains("بكين", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("زمان", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marks_the_matched_word_on_the_original_text_diacritics_and_all()
    {
        var results = await Arabic("تمثل");

        var hit = Assert.Single(results.Results);
        Assert.Equal("kazakhs-and-arabs-p5", hit.ParagraphId);
        Assert.Contains("<mark class=\"hit\">تَمثّل</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quoted_phrase_matches_the_words_in_order_only()
    {
        var phrase = await Arabic("\"طريق الحرير\"");
        var guillemets = await Arabic("«طريق الحرير»");
        var reversed = await Arabic("\"الحرير طريق\"");
        var words = await Arabic("طريق الحرير");

        Assert.True(phrase.Total >= 2);
        Assert.Equal(phrase.Total, guillemets.Total);
        Assert.Equal(0, reversed.Total);
        Assert.True(words.Total >= phrase.Total);
    }

    [Fact]
    public async Task A_trailing_star_matches_the_start_of_words()
    {
        var prefix = await Arabic("نزارباي*");
        var whole = await Arabic("نزارباي");

        Assert.True(prefix.Total > 10, $"{prefix.Total} hits");
        Assert.Equal(0, whole.Total);
    }

    [Fact]
    public async Task Headings_are_found_and_link_to_their_section()
    {
        var results = await Arabic("المحك");

        var heading = Assert.Single(results.Results, hit => hit.ParagraphId is null);
        Assert.Equal("put-to-the-test", heading.SectionId);
        Assert.Equal(("ar", "put-to-the-test"), (heading.Language, heading.Anchor));
    }

    [Fact]
    public async Task All_words_must_match()
    {
        var one = await Arabic("بايكونور");
        var both = await Arabic("بايكونور موسكو");

        Assert.True(both.Total > 0);
        Assert.True(both.Total < one.Total);
    }

    [Fact]
    public async Task Pages_through_every_hit_and_counts_them_all()
    {
        var all = await fixture.Search.SearchAsync("كازاخستان", "ar", 0, 100);
        var first = await fixture.Search.SearchAsync("كازاخستان", "ar", 0, 5);
        var second = await fixture.Search.SearchAsync("كازاخستان", "ar", 5, 5);

        Assert.Equal(all.Total, first.Total);
        Assert.Equal(all.Results.Count, all.Total);
        Assert.Equal(all.Results.Skip(5).Take(5).Select(h => h.ParagraphId), second.Results.Select(h => h.ParagraphId));
        Assert.Equal(5, first.Results.Count);
    }

    [Fact]
    public async Task The_language_chooses_the_edition_a_hit_opens_not_the_text_searched()
    {
        var arabic = await fixture.Search.SearchAsync("كازاخستان", "ar", 0, 100);
        var english = await fixture.Search.SearchAsync("كازاخستان", "en", 0, 100);
        var original = await fixture.Search.SearchAsync("كازاخستان", null, 0, 100);

        Assert.True(arabic.Total > 30);
        Assert.Equal(arabic.Total, english.Total);
        Assert.Equal(arabic.Results.Select(h => h.Anchor), english.Results.Select(h => h.Anchor));
        Assert.Equal(arabic.Results, original.Results);
        Assert.All(arabic.Results, hit => Assert.Equal(("ar", "en"), (hit.Language, hit.Pair?.Language)));
        Assert.All(english.Results, hit =>
        {
            Assert.Equal(("en", "ar"), (hit.Language, hit.Pair?.Language));
            Assert.Contains("<mark", hit.Pair!.Snippet, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("\"")]
    [InlineData("()")]
    public async Task An_empty_query_runs_no_search(string query)
    {
        var results = await fixture.Search.SearchAsync(query, null);

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Results);
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "\"", "\"\"\"", "(", ")", "((كازاخستان", "*", "**", "كازاخستان*)", "NEAR", "NEAR(a b)", "a AND", "OR b", "NOT", "AND OR NOT",
        "col:term", "Terms:كازاخستان", "Slug:x", "^كازاخستان", "'; DROP TABLE Articles; --", "\"; DROP TABLE SearchEntries; --",
        "<script>alert(1)</script>", "\u202Eكازاخستان\u202C", "\0\u0001\u0007", "\uE000\uE001", "{كازاخستان}", "-كازاخستان", "+", "a:b:c",
        new string('ك', 200),
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_input_gives_results_or_none_never_an_error(string query)
    {
        var results = await fixture.Search.SearchAsync(query, null);

        // No hits is a right answer only when SQLite did not reject the query: the search would log that and answer none.
        Assert.Empty(fixture.Log.Warnings);
        Assert.All(results.Results, hit => Assert.DoesNotContain("<script", hit.Snippet + hit.Pair?.Snippet, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Operators_are_searched_as_words()
    {
        // "or" is an English word: with both editions searched, a place matches where the translation has it.
        var withOperator = await Arabic("كازاخستان OR");
        var plain = await Arabic("كازاخستان or");
        var alone = await Arabic("كازاخستان");

        Assert.Equal(plain.Results.Select(h => h.Anchor), withOperator.Results.Select(h => h.Anchor));
        Assert.InRange(withOperator.Total, 1, alone.Total - 1);
    }

    [Fact]
    public async Task A_query_over_the_length_limit_runs_no_search()
    {
        var results = await fixture.Search.SearchAsync(new string('ك', 10_000), null);

        Assert.Equal(0, results.Total);
    }

    private Task<SearchResults> Arabic(string query) => fixture.Search.SearchAsync(query, "ar", 0, 100);
}
