using KazakhArticle.Core.Search;
using KazakhArticle.Core.Tests.Support;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>
/// Small articles, translated or not: which edition a hit opens and what it pairs it with, which places are marked on
/// an article's page, two Arabic words the text writes as one, the words a hit marks, corrections, the largest page.
/// </summary>
public sealed class ArticleSearchEditionTests(SmallLibrary library) : IClassFixture<SmallLibrary>
{
    private ArticleSearch _search => library.Search;

    [Fact]
    public async Task A_hit_opens_the_translation_asked_for_with_its_titles_and_pairs_the_original()
    {
        var hit = Assert.Single((await _search.SearchAsync("Zhezkazgan", "en")).Results);

        Assert.Equal(("steppe", "en", "The Great Steppe", "steppe", "The Steppe", "steppe-p2"),
            (hit.Slug, hit.Language, hit.ArticleTitle, hit.SectionId, hit.SectionTitle, hit.ParagraphId));
        Assert.Contains("<mark class=\"hit\">Zhezkazgan</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal("ar", hit.Pair?.Language);
        Assert.Contains("جزقازغان", hit.Pair!.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ar")]
    [InlineData("fr")]
    public async Task A_hit_opens_the_original_when_no_edition_in_the_language_asked_for_exists(string? language)
    {
        var hit = Assert.Single((await _search.SearchAsync("Zhezkazgan", language)).Results);

        Assert.Equal(("ar", "السهوب الكبرى", "السهوب"), (hit.Language, hit.ArticleTitle, hit.SectionTitle));
        Assert.Contains("جزقازغان", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal("en", hit.Pair?.Language);
        Assert.Contains("<mark class=\"hit\">Zhezkazgan</mark>", hit.Pair!.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hit_in_an_article_without_a_translation_opens_its_original_and_has_no_pair()
    {
        var results = await _search.SearchAsync("بلخاش", "en");

        Assert.Equal(2, results.Total);
        var untranslated = Assert.Single(results.Results, h => h.Slug == "notes");
        Assert.Equal(("ar", "ملاحظات من الرحلة", "ملاحظات", "notes-p1"),
            (untranslated.Language, untranslated.ArticleTitle, untranslated.SectionTitle, untranslated.ParagraphId));
        Assert.Contains("<mark class=\"hit\">بلخاش</mark>", untranslated.Snippet, StringComparison.Ordinal);
        Assert.Null(untranslated.Pair);
        var translated = Assert.Single(results.Results, h => h.Slug == "steppe");
        Assert.Equal(("en", "ar"), (translated.Language, translated.Pair?.Language));
    }

    [Fact]
    public async Task A_heading_s_hit_has_no_paragraph_and_is_anchored_at_its_section()
    {
        var results = (await _search.SearchAsync("Roads", "en")).Results;

        Assert.Equal(["roads", "roads-p1"], results.Select(h => h.Anchor).Order(StringComparer.Ordinal));
        var heading = Assert.Single(results, h => h.ParagraphId is null);
        Assert.Equal(("roads", "roads", "The Roads"), (heading.SectionId, heading.Anchor, heading.SectionTitle));
        Assert.Contains("<mark class=\"hit\">Roads</mark>", heading.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_arabic_words_the_text_writes_as_one_find_that_word_and_not_the_two_apart()
    {
        var apart = await _search.SearchAsync("نور سلطان", "ar");

        var hit = Assert.Single(apart.Results);
        Assert.Equal("steppe-p2", hit.Anchor);
        Assert.Contains("<mark class=\"hit\">نورسلطان</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Null(apart.Correction);
    }

    [Fact]
    public async Task Two_arabic_words_joined_inside_a_longer_query_still_need_the_other_words()
    {
        Assert.Equal(["steppe-p2"], (await _search.SearchAsync("جزقازغان نور سلطان", "ar")).Results.Select(h => h.Anchor));
        Assert.Equal(["steppe-p2"], (await _search.SearchAsync("نور سلطان جزقازغان", "ar")).Results.Select(h => h.Anchor));
        Assert.Equal(0, (await _search.SearchAsync("بلخاش نور سلطان", "ar", exact: true)).Total);
    }

    [Fact]
    public async Task Two_arabic_words_the_text_never_writes_as_one_are_searched_apart()
    {
        var hit = Assert.Single((await _search.SearchAsync("الشمس سلطان", "ar")).Results);

        Assert.Equal("roads-p1", hit.Anchor);
    }

    [Fact]
    public async Task A_correction_that_still_finds_nothing_is_not_offered()
    {
        Assert.Equal("Balkhash", (await _search.SearchAsync("Balkhasj", "en")).Correction);

        var results = await _search.SearchAsync("Balkhasj Zhezkazgan", "en");

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Results);
        Assert.Null(results.Correction);
    }

    [Fact]
    public async Task An_article_s_page_marks_its_own_places_in_each_edition_that_has_the_word()
    {
        var steppe = await _search.MatchedPlacesAsync("steppe", "بلخاش");
        var notes = await _search.MatchedPlacesAsync("notes", "بلخاش");

        var arabic = Assert.Single(steppe);
        Assert.Equal("ar", arabic.Key);
        Assert.Equal(["steppe-p1"], arabic.Value.Keys);
        Assert.Contains(TextAnalyzer.Term("بلخاش"), HitMarker.MarkedTerms(arabic.Value["steppe-p1"]));
        Assert.Equal(["notes-p1"], Assert.Single(notes).Value.Keys);
    }

    [Fact]
    public async Task A_place_found_through_both_editions_is_marked_in_both()
    {
        var places = await _search.MatchedPlacesAsync("steppe", "Balkhash بلخاش");

        Assert.Equal(["ar", "en"], places.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["steppe-p1"], places["ar"].Keys);
        Assert.Equal(["steppe-p1"], places["en"].Keys);
        Assert.Contains(TextAnalyzer.Term("Balkhash"), HitMarker.MarkedTerms(places["en"]["steppe-p1"]));
    }

    [Fact]
    public async Task A_place_found_through_the_other_edition_only_is_not_marked_in_this_one()
    {
        var places = await _search.MatchedPlacesAsync("steppe", "Zhezkazgan");

        Assert.Equal(["en"], places.Keys);
        Assert.Equal(["steppe-p2"], places["en"].Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" * ")]
    [InlineData("Tokyo")]
    public async Task A_query_without_words_or_without_hits_marks_nothing(string query)
    {
        Assert.Empty(await _search.MatchedPlacesAsync("steppe", query));
    }

    [Fact]
    public async Task A_query_longer_than_the_maximum_marks_nothing_and_one_of_the_maximum_is_marked()
    {
        var padded = "بلخاش" + new string(' ', SearchQuery.MaxLength - "بلخاش".Length);

        Assert.NotEmpty(await _search.MatchedPlacesAsync("steppe", padded));
        Assert.Empty(await _search.MatchedPlacesAsync("steppe", padded + " "));
    }

    [Fact]
    public async Task A_cancelled_page_marking_is_not_run()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() => _search.MatchedPlacesAsync("steppe", "بلخاش", cancelled.Token));
    }

    [Fact]
    public async Task A_hit_in_an_english_only_article_opens_it_whatever_the_language_and_has_no_pair()
    {
        var hits = (await _search.SearchAsync("Tashkenter", "ar")).Results;

        Assert.Equal(["diary-p1", "diary-p2"], hits.Select(h => h.Anchor).Order(StringComparer.Ordinal));
        Assert.All(hits, hit => Assert.Equal(("en", "A Travel Diary", "Diary", null), (hit.Language, hit.ArticleTitle, hit.SectionTitle, hit.Pair)));
    }

    [Fact]
    public async Task An_english_word_marks_the_other_words_the_stemmer_takes_for_it()
    {
        var hits = (await _search.SearchAsync("Tashkenter", "en")).Results;

        Assert.Contains("<mark class=\"hit\">Tashkenters</mark>", Assert.Single(hits, h => h.Anchor == "diary-p1").Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"hit\">Tashkenter</mark>", Assert.Single(hits, h => h.Anchor == "diary-p2").Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_s_other_form_marks_its_words_only_where_the_whole_form_stands()
    {
        var hit = Assert.Single((await _search.SearchAsync("الناتو", "ar")).Results);

        Assert.Equal("steppe-p3", hit.Anchor);
        Assert.Contains("<mark class=\"hit\">الناتو</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark class=\"hit\">شمال</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_english_word_is_corrected_to_the_shortest_word_the_text_writes_for_it()
    {
        var results = await _search.SearchAsync("Tashkentr", "en");

        Assert.Equal("Tashkenter", results.Correction);
        Assert.Equal(["diary-p1", "diary-p2"], results.Results.Select(h => h.Anchor).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_misspelt_word_found_only_in_an_untranslated_article_is_corrected_to_its_shortest_spelling_there()
    {
        var results = await _search.SearchAsync("سمرقنط", "en");

        Assert.Equal("سمرقند", results.Correction);
        Assert.Equal(["notes-p2", "notes-p3"], results.Results.Select(h => h.Anchor).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_page_holds_at_most_the_largest_page_and_the_total_counts_every_hit()
    {
        var first = await _search.SearchAsync("Aral", "en", 0, 1000);
        var rest = await _search.SearchAsync("Aral", "en", ArticleSearch.MaxLimit, int.MaxValue);

        Assert.Equal((ArticleSearch.MaxLimit, 121), (first.Results.Count, first.Total));
        Assert.Equal((21, 121), (rest.Results.Count, rest.Total));
        Assert.Empty(first.Results.Select(h => h.Anchor).Intersect(rest.Results.Select(h => h.Anchor)));
    }

    [Fact]
    public async Task A_correction_names_the_word_itself_as_the_first_place_writes_it_not_a_longer_word_starting_with_it()
    {
        var results = await _search.SearchAsync("Karakun", "en");

        Assert.Equal("Karakum", results.Correction);
        Assert.Equal(["sands-p11", "sands-p12"], results.Results.Select(h => h.Anchor).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_latin_prefix_with_another_word_still_needs_that_word()
    {
        var results = await _search.SearchAsync("Tashk* caravan", "en", exact: true);

        Assert.Equal(["diary-p1"], results.Results.Select(h => h.Anchor));
    }
}

/// <summary>
/// Small articles: steppe (Arabic, translated), notes (Arabic only), diary and desert (English only), and aral (more
/// places than the largest page); and one name, الناتو for حلف شمال الأطلسي. Read only: the tests share it.
/// </summary>
public sealed class SmallLibrary : IAsyncLifetime, IDisposable
{
    private readonly TempContent _content = new();
    private readonly TestDatabase _database = new();

    public ArticleSearch Search { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _content.Write("articles/steppe/ar.md", Markdown.FrontMatter("steppe", "ar", "السهوب الكبرى") + """

            ## السهوب {#steppe}

            تقع بحيرة بلخاش في السهوب.

            مدينة جزقازغان بعيدة عن نورسلطان.

            يقع مقر الناتو في شمال أوروبا.

            ## الطرق {#roads}

            يسير نور الشمس على طريق سلطان السهوب.
            """);
        _content.Write("articles/steppe/en.md", Markdown.FrontMatter("steppe", "en", "The Great Steppe", "translated-from: ar\ntranslator: T\n") + """

            ## The Steppe {#steppe}

            Lake Balkhash lies in the steppe.

            The town of Zhezkazgan is far from Nursultan.

            NATO has its seat in northern Europe.

            ## The Roads {#roads}

            The light of the sun walks the road of the steppe's sultan.
            """);
        _content.Write("articles/notes/ar.md", Markdown.FrontMatter("notes", "ar", "ملاحظات من الرحلة") + """

            ## ملاحظات {#notes}

            بحيرة بلخاش كبيرة.

            وسمرقند بعيدة.

            زرنا سمرقند مرة.

            قابل نور سلطانوف الوزير.
            """);
        _content.Write("articles/diary/en.md", Markdown.FrontMatter("diary", "en", "A Travel Diary") + """

            ## Diary {#diary}

            The Tashkenters came by the old caravan track.

            A Tashkenter wrote it down.
            """);
        _content.Write("articles/aral/en.md", Markdown.FrontMatter("aral", "en", "The Aral Sea") + "\n## Aral {#aral}\n\n"
            + string.Concat(Enumerable.Range(1, 120).Select(n => $"Aral shore number {n}.\n\n")));
        _content.Write("articles/desert/en.md", Markdown.FrontMatter("desert", "en", "The Black Sands") + "\n## Sands {#sands}\n\n"
            + string.Concat(Enumerable.Range(1, 10).Select(n => $"The Karakumians herd camels near well {n}.\n\n"))
            + "The Karakum is a desert.\n\nThe KARAKUM grows every year.\n");
        _content.Write("aliases.yaml", "- [الناتو, حلف شمال الأطلسي]\n");
        await _database.PrepareAsync();
        var report = await _database.Importer.ImportAsync(_content.Root);
        Assert.Empty(report.Failed);
        Search = new ArticleSearch(_database.Connections, new RecordingLogger<ArticleSearch>());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _database.Dispose();
        _content.Dispose();
    }
}
