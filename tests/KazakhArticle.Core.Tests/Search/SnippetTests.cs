using System.Text.RegularExpressions;
using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>A hit's snippet is the passage where the words matched most, centred on them; a phrase marks only itself.</summary>
public sealed class SnippetTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private static readonly HashSet<string> Hit = ["hit"];

    // "hit", w0 … w59, "hit hit hit", w60 … w119: one match at the start, three together further on.
    private static readonly string Text =
        "hit " + string.Join(' ', Enumerable.Range(0, 60).Select(i => $"w{i}")) + " hit hit hit " + string.Join(' ', Enumerable.Range(60, 60).Select(i => $"w{i}"));

    [Fact]
    public void The_passage_with_the_most_matches_is_shown_centred_on_them()
    {
        var snippet = HitMarker.Snippet(Text, Hit, maxWords: 20);

        Assert.Equal(3, Regex.Count(snippet, "<mark"));
        // Words 52 to 71: nine before the three matches, eight after.
        Assert.StartsWith("… w51 w52", snippet, StringComparison.Ordinal);
        Assert.EndsWith("w66 w67 …", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void One_match_stands_in_the_middle_of_its_passage()
    {
        var snippet = HitMarker.Snippet(string.Join(' ', Enumerable.Range(0, 100).Select(i => i == 50 ? "hit" : $"w{i}")), Hit, maxWords: 21);

        Assert.StartsWith("… w40 ", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" w60 …", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_match_the_snippet_is_the_start_of_the_text()
    {
        var snippet = HitMarker.Snippet(Text, new HashSet<string> { "absent" }, maxWords: 5);

        Assert.Equal("hit w0 w1 w2 w3 …", snippet);
    }

    [Theory]
    [InlineData("\"طريق الحرير\"")]
    [InlineData("«طريق الحرير»")]
    [InlineData("\"Silk Road\"")]
    public async Task A_phrase_marks_its_words_only_where_the_phrase_stands(string phrase)
    {
        var results = await fixture.Search.SearchAsync(phrase, "ar", 0, ArticleSearch.MaxLimit);

        Assert.NotEmpty(results.Results);
        foreach (var snippet in results.Results.SelectMany(h => new[] { h.Snippet, h.Pair?.Snippet ?? "" }))
        {
            // Marks come in twos, one word of the phrase after the other: never a word of it alone (الطريقة, road).
            var marks = Regex.Matches(snippet, "<mark class=\"hit\">[^<]*</mark>( <mark class=\"hit\">[^<]*</mark>)?");
            Assert.All(marks, mark => Assert.True(mark.Groups[1].Success, $"a lone mark in: {snippet}"));
        }
    }

    [Fact]
    public void A_page_marks_a_place_s_words_where_highlight_marked_them()
    {
        const string Html = "<p>طريق <a href=\"#x\">الحرير</a> ثم الطريقة وطريق الحرير</p>";
        var highlighted = $"{HitMarker.Open}طريق حرير{HitMarker.Close} ثم طريق {HitMarker.Open}طريق حرير{HitMarker.Close}";

        var marked = HitMarker.MarkHtml(Html, highlighted);

        Assert.Equal(
            "<p><mark class=\"hit\">طريق</mark> <a href=\"#x\"><mark class=\"hit\">الحرير</mark></a> ثم الطريقة <mark class=\"hit\">وطريق</mark> <mark class=\"hit\">الحرير</mark></p>",
            marked);
    }

    [Theory]
    [InlineData("<p>طريق الحرير ثم الطريقة وطريق الحرير <sup>1</sup></p>")] // a word the index text does not have
    [InlineData("<p>طريق الحرير ثم الطريقة</p>")] // fewer words than it
    public void A_page_whose_words_are_not_the_index_text_s_is_marked_by_term(string html)
    {
        var highlighted = $"{HitMarker.Open}طريق حرير{HitMarker.Close} ثم طريق {HitMarker.Open}طريق حرير{HitMarker.Close}";

        Assert.Equal(HitMarker.MarkHtml(html, new HashSet<string> { "طريق", "حرير" }), HitMarker.MarkHtml(html, highlighted));
    }
}
