using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>What a reader types, as the FTS5 expression it becomes: only quoted terms, never FTS5 syntax.</summary>
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("Baikonur Moscow", "\"baikonur\" \"moscow\"")]
    [InlineData("\"Silk Road\"", "\"silk road\"")]
    [InlineData("«طريق الحرير»", "\"طريق حرير\"")]
    [InlineData("Nazarbay*", "\"nazarbay\"*")]
    [InlineData("الكازاخست*", "\"كازاخست\"*")]
    [InlineData("كَازَاخْسْتَان", "\"كازاخست\"")]
    [InlineData("NEAR(a b)", "\"near\" \"a\" \"b\"")]
    [InlineData("a AND b OR NOT c", "\"a\" \"and\" \"b\" \"or\" \"not\" \"c\"")]
    [InlineData("col:term", "\"col\" \"term\"")]
    [InlineData("Terms:x ^y", "\"terms\" \"x\" \"y\"")]
    [InlineData("'; DROP TABLE Articles; --", "\"drop\" \"table\" \"articles\"")]
    [InlineData("<script>alert(1)</script>", "\"script\" \"alert\" \"1\" \"script\"")]
    [InlineData("\"unclosed phrase", "\"unclosed phrase\"")]
    [InlineData("a\"b\"c", "\"a\" \"b\" \"c\"")]
    public void Becomes_quoted_terms(string input, string expression) =>
        Assert.Equal(expression, SearchQuery.Parse(input).ToMatchExpression());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("\"\"")]
    [InlineData("( ) : ^ - +")]
    [InlineData("\u202E\u202C")]
    public void Without_words_is_empty(string? input) => Assert.True(SearchQuery.Parse(input).IsEmpty);

    [Fact]
    public void A_prefix_expands_to_whole_terms_inside_one_group()
    {
        var clause = SearchQuery.Parse("nazarbay*").Clauses[0] with { Expansions = ["nazarbayev"] };

        Assert.Equal("(\"nazarbay\"* OR \"nazarbayev\")", clause.ToMatchExpression());
    }
}
