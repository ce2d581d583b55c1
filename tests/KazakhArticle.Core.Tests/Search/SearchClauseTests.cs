using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>What a parsed clause carries besides its match expression: its surface, the word as typed, every term it can match.</summary>
public sealed class SearchClauseTests
{
    private const char Mark = '\uE002';

    [Fact]
    public void An_arabic_word_keeps_its_normalised_surface_and_the_word_as_typed()
    {
        var clause = Assert.Single(SearchQuery.Parse("  الإسلامِيَّة  ").Clauses);

        Assert.Equal("الاسلاميه", clause.Surface);
        Assert.Equal("الإسلامِيَّة", clause.Typed);
        Assert.False(clause.IsPrefix);
        Assert.False(clause.IsPhrase);
    }

    [Fact]
    public void A_latin_word_has_no_surface_but_is_kept_as_typed()
    {
        var clause = Assert.Single(SearchQuery.Parse("Nazarbayev").Clauses);

        Assert.Null(clause.Surface);
        Assert.Equal("Nazarbayev", clause.Typed);
        Assert.Null(SearchQuery.Parse("Nazarbayev Tokayev").ToSurfaceExpression());
    }

    [Fact]
    public void A_phrase_and_a_prefix_have_neither_surface_nor_typed_word()
    {
        var clauses = SearchQuery.Parse("\"طريق الحرير\" كازاخ*").Clauses;

        Assert.Equal([(true, false), (false, true)], clauses.Select(c => (c.IsPhrase, c.IsPrefix)));
        Assert.All(clauses, c => Assert.Null(c.Surface));
        Assert.All(clauses, c => Assert.Null(c.Typed));
        Assert.Null(SearchQuery.Parse("\"طريق الحرير\" كازاخ*").ToSurfaceExpression());
    }

    [Fact]
    public void The_surfaces_of_a_query_s_arabic_words_are_all_required_and_its_latin_words_add_none()
    {
        Assert.Equal($"\"{Mark}روسيا\" AND \"{Mark}الصين\"", SearchQuery.Parse("روسيا Moscow الصين").ToSurfaceExpression());
        Assert.Equal($"\"{Mark}روسيا\"", SearchQuery.Parse("روسيا").ToSurfaceExpression());
    }

    [Fact]
    public void A_clause_s_terms_include_its_expansions_split_into_words_without_the_prefix_star()
    {
        var clause = new SearchClause(["صيني"], IsPrefix: true) { Expansions = ["صين*", "حلف شمال"] };

        Assert.Equal(["صيني", "صين", "حلف", "شمال"], clause.AllTerms);
        Assert.Equal("(\"صيني\"* OR \"صين\"* OR \"حلف شمال\")", clause.ToMatchExpression());
    }

    [Fact]
    public void A_quote_inside_a_term_is_doubled_so_it_stays_inside_the_string()
    {
        Assert.Equal("\"a\"\"b\"", new SearchClause(["a\"b"], IsPrefix: false).ToMatchExpression());
    }

    [Fact]
    public void A_prefix_already_a_stem_is_not_expanded_by_it()
    {
        var clause = Assert.Single(SearchQuery.Parse("كازاخست*").Clauses);

        Assert.Equal(["كازاخست"], clause.Terms);
        Assert.Empty(clause.Expansions);
    }

    [Fact]
    public void A_star_inside_a_word_does_not_make_a_prefix()
    {
        var clauses = SearchQuery.Parse("ab*cd").Clauses;

        Assert.Equal([["ab"], ["cd"]], clauses.Select(c => c.Terms));
        Assert.All(clauses, c => Assert.False(c.IsPrefix));
    }

    [Fact]
    public void Only_the_last_word_of_a_starred_token_is_a_prefix()
    {
        var clauses = SearchQuery.Parse("kazakh-russ*").Clauses;

        Assert.Equal([("kazakh", false), ("russ", true)], clauses.Select(c => (c.Terms[0], c.IsPrefix)));
    }

    [Fact]
    public void Arabic_and_typographic_quotation_marks_quote_a_phrase()
    {
        Assert.All(
            ["«silk road»", "“silk road”", "\"silk road\"", "«silk road”"],
            text => Assert.Equal("\"silk road\"", SearchQuery.Parse(text).ToMatchExpression()));
        Assert.Equal("«silk road»", SearchQuery.Parse("«silk road»").Text);
    }

    [Fact]
    public void A_query_keeps_its_text_as_typed()
    {
        Assert.Equal("", SearchQuery.Parse(null).Text);
        Assert.Equal(" Baikonur* ", SearchQuery.Parse(" Baikonur* ").Text);
    }
}
