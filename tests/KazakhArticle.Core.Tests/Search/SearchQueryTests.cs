using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>What a reader types, as the FTS5 expression it becomes: only quoted terms, never FTS5 syntax.</summary>
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("Baikonur Moscow", "\"baikonur\" AND \"moscow\"")]
    [InlineData("\"Silk Road\"", "\"silk road\"")]
    [InlineData("Nazarbay*", "\"nazarbay\"*")]
    [InlineData("الكازاخست*", "\"كازاخست\"*")]
    [InlineData("NEAR(a b)", "\"near\" AND \"a\" AND \"b\"")]
    [InlineData("a AND b OR NOT c", "\"a\" AND \"and\" AND \"b\" AND \"or\" AND \"not\" AND \"c\"")]
    [InlineData("col:term", "\"col\" AND \"term\"")]
    [InlineData("Terms:x ^y", "\"terms\" AND \"x\" AND \"y\"")]
    [InlineData("'; DROP TABLE Articles; --", "\"drop\" AND \"table\" AND \"articles\"")]
    [InlineData("<script>alert(1)</script>", "\"script\" AND \"alert\" AND \"1\" AND \"script\"")]
    [InlineData("\"unclosed phrase", "\"unclosed phrase\"")]
    [InlineData("a\"b\"c", "\"a\" AND \"b\" AND \"c\"")]
    public void Becomes_quoted_terms(string input, string expression) =>
        Assert.Equal(expression, SearchQuery.Parse(input).ToMatchExpression());

    private static readonly string[] Proclitics = ["ب", "ل", "ك", "ف", "فب", "فل", "فك"];

    [Theory]
    [InlineData("كَازَاخْسْتَان", "كازاخست")]
    [InlineData("«طريق الحرير»", "طريق حرير")]
    public void An_arabic_word_also_matches_with_a_proclitic_in_front(string input, string expected)
    {
        var clause = Assert.Single(SearchQuery.Parse(input).Clauses);

        Assert.Equal(expected, string.Join(' ', clause.Terms));
        Assert.Superset(Proclitics.Select(p => p + expected).ToHashSet(), clause.Expansions.ToHashSet());
    }

    [Fact]
    public void A_typed_proclitic_also_matches_the_word_without_it_or_with_another()
    {
        var clause = Assert.Single(SearchQuery.Parse("لموسكو").Clauses);

        Assert.Equal(["لموسكو"], clause.Terms);
        Assert.Superset(Proclitics.Select(p => p + "موسكو").Prepend("موسكو").Where(f => f != "لموسكو").ToHashSet(), clause.Expansions.ToHashSet());
    }

    [Theory]
    [InlineData("حرب")] // three letters: بحرب is found only as typed
    [InlineData("لبس")] // the rest, بس, is too short to be the word
    [InlineData("Russia")]
    [InlineData("كازاخ*")]
    public void Short_words_latin_words_and_prefixes_have_no_proclitic_forms(string input) =>
        Assert.DoesNotContain(Assert.Single(SearchQuery.Parse(input).Clauses).Expansions, form => form.Length > input.Length && !form.EndsWith('ا'));

    [Theory]
    [InlineData("جسر", "جسرا")] // the text writes جسرا جويا: the alef of the tanween, the diacritic left out
    [InlineData("وجسر", "جسرا")]
    [InlineData("\"جسر جوي\"", "جسرا جويا")] // a phrase's words agree
    [InlineData("مهم", "مهما")]
    public void A_bare_arabic_word_also_matches_its_indefinite_accusative(string input, string form) =>
        Assert.Contains(form, Assert.Single(SearchQuery.Parse(input).Clauses).Expansions);

    [Theory]
    [InlineData("الأمريكية")] // American, not أمريكا: a word with a suffix takes no alef
    [InlineData("روسيا")] // ends in alef already
    [InlineData("مدينة")] // ta marbuta
    [InlineData("بك")] // shorter than a stem
    [InlineData("Russia")]
    public void Other_words_have_no_accusative_form(string input) =>
        Assert.DoesNotContain(Assert.Single(SearchQuery.Parse(input).Clauses).Expansions, form => form.EndsWith('ا') && !input.EndsWith('ا'));

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
    public void An_expanded_prefix_and_another_word_are_joined_by_and()
    {
        var query = SearchQuery.Parse("kaz* russia");
        query = query with { Clauses = [query.Clauses[0] with { Expansions = ["kazakhstan"] }, query.Clauses[1]] };

        Assert.Equal("(\"kaz\"* OR \"kazakhstan\") AND \"russia\"", query.ToMatchExpression());
    }

    [Fact]
    public void An_arabic_prefix_also_matches_by_its_stem()
    {
        // الصينية is indexed as صين: shorter than the prefix صيني that الصيني* is.
        Assert.Equal("(\"صيني\"* OR \"صين\"*)", SearchQuery.Parse("الصيني*").ToMatchExpression());
        Assert.Equal("\"كازاخست\"*", SearchQuery.Parse("كازاخست*").ToMatchExpression());
    }

    [Fact]
    public void A_prefix_expands_to_whole_terms_inside_one_group()
    {
        var clause = SearchQuery.Parse("nazarbay*").Clauses[0] with { Expansions = ["nazarbayev"] };

        Assert.Equal("(\"nazarbay\"* OR \"nazarbayev\")", clause.ToMatchExpression());
    }
}
