using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>Out-of-range pages, over-long or empty queries and a cancelled search, on the shipped article.</summary>
public sealed class SearchPagingTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    // Found in many places of the shipped article: more than any page used here but the largest.
    private const string Common = "كازاخستان";

    [Fact]
    public async Task A_negative_offset_is_the_first_page()
    {
        var first = await fixture.Search.SearchAsync(Common, "ar", 0, 5);

        var negative = await fixture.Search.SearchAsync(Common, "ar", -3, 5);

        Assert.Equal(first.Results.Select(h => h.Anchor), negative.Results.Select(h => h.Anchor));
        Assert.Equal(first.Total, negative.Total);
    }

    [Theory]
    [InlineData(0, 1)] // at least one hit a page
    [InlineData(-5, 1)]
    public async Task A_page_size_out_of_range_is_brought_within_it(int asked, int given)
    {
        // (The shipped article has fewer places than the largest page, so that bound is not seen here.)
        var all = await fixture.Search.SearchAsync(Common, "ar", 0, ArticleSearch.MaxLimit);
        Assert.True(all.Total > 3, "the word must be in more than a few places");

        var results = await fixture.Search.SearchAsync(Common, "ar", 0, asked);

        Assert.Equal(given, results.Results.Count);
        Assert.Equal(all.Total, results.Total);
    }

    [Fact]
    public async Task The_total_is_the_same_on_every_page_and_past_the_last()
    {
        var total = (await fixture.Search.SearchAsync(Common, "ar", 0, 3)).Total;

        var last = await fixture.Search.SearchAsync(Common, "ar", total - 2, 3); // a page that is not full
        var past = await fixture.Search.SearchAsync(Common, "ar", total + 10, 3); // empty, past the end
        var full = await fixture.Search.SearchAsync(Common, "ar", total - 3, 3); // full, ending at the last

        Assert.Equal((2, total), (last.Results.Count, last.Total));
        Assert.Equal((0, total), (past.Results.Count, past.Total));
        Assert.Equal((3, total), (full.Results.Count, full.Total));
    }

    [Fact]
    public async Task A_query_longer_than_the_maximum_finds_nothing_and_one_of_the_maximum_is_searched()
    {
        var padded = Common + new string(' ', SearchQuery.MaxLength - Common.Length);

        Assert.True((await fixture.Search.SearchAsync(padded, "ar")).Total > 0);
        var tooLong = await fixture.Search.SearchAsync(padded + " ", "ar");
        Assert.Equal(0, tooLong.Total);
        Assert.Empty(tooLong.Results);
        Assert.Equal(padded + " ", tooLong.Query);
    }

    [Fact]
    public async Task A_query_without_words_finds_nothing_and_keeps_its_text()
    {
        var results = await fixture.Search.SearchAsync(" * ", "ar");

        Assert.Equal((0, " * "), (results.Total, results.Query));
        Assert.Null(results.Correction);
    }

    [Fact]
    public async Task A_cancelled_search_is_not_run()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() => fixture.Search.SearchAsync(Common, "ar", cancellationToken: cancelled.Token));
    }
}
