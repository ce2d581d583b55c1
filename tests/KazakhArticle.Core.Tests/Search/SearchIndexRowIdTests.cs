using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>
/// The rowid of an index row: the article's id in the high bits, the place's position in the low twenty. The marks on
/// an article's page and the search within one article rely on an article being exactly one range of rowids.
/// </summary>
public sealed class SearchIndexRowIdTests
{
    private const int Places = 1 << 20;

    [Fact]
    public void The_first_article_s_first_place_is_rowid_zero()
    {
        Assert.Equal(0L, SearchRowIds.Entry(0, 0));
        Assert.Equal((0L, Places - 1L), SearchRowIds.Article(0));
    }

    [Theory]
    [InlineData(1, 0, 1L << 20)]
    [InlineData(1, 1, (1L << 20) + 1)]
    [InlineData(3, 5, (3L << 20) + 5)]
    [InlineData(1, (1 << 20) - 1, (2L << 20) - 1)]
    [InlineData(int.MaxValue, 7, ((long)int.MaxValue << 20) + 7)]
    public void A_place_s_rowid_is_its_article_s_id_then_its_position(int articleId, int position, long rowId)
    {
        Assert.Equal(rowId, SearchRowIds.Entry(articleId, position));
    }

    [Theory]
    [InlineData(0, -1)]
    [InlineData(1, -1)]
    [InlineData(1, 1 << 20)]
    [InlineData(1, int.MaxValue)]
    [InlineData(-1, 0)]
    [InlineData(int.MinValue, 3)]
    public void A_position_or_article_beyond_the_layout_is_refused_rather_than_given_another_s_rowid(int articleId, int position)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SearchRowIds.Entry(articleId, position));

        Assert.Contains($"Article {articleId}, entry {position}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(41)]
    public void An_article_s_range_holds_every_place_it_can_have_and_ends_just_before_the_next_article_s(int articleId)
    {
        var (from, to) = SearchRowIds.Article(articleId);

        Assert.Equal(SearchRowIds.Entry(articleId, 0), from);
        Assert.Equal(SearchRowIds.Entry(articleId, Places - 1), to);
        Assert.Equal(SearchRowIds.Entry(articleId + 1, 0), to + 1);
        Assert.Equal(Places, to - from + 1);
    }
}
