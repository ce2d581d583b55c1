using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>The edit distance and the choice of the nearest term, on vocabularies made for each case.</summary>
public sealed class SpellingChoiceTests
{
    [Theory]
    [InlineData("kasym", "kasym", 0)]
    [InlineData("kasym", "kassym", 1)] // a letter added
    [InlineData("kassym", "kasym", 1)] // dropped
    [InlineData("kasym", "kasim", 1)] // changed
    [InlineData("kasym", "kaysm", 1)] // two neighbours swapped: one edit, not two
    [InlineData("ab", "ba", 1)]
    [InlineData("kasym", "kysam", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("nazarbayev", "nazarbaiev", 1)]
    [InlineData("kirgizstan", "kyrgyzstan", 2)]
    public void The_distance_counts_additions_removals_changes_and_swaps(string a, string b, int distance) =>
        Assert.Equal(distance, SpellingTolerance.Distance(a, b, limit: 5));

    [Theory]
    [InlineData("abcdefgh", "abcd", 1, 2)] // four letters apart in length: over the limit at once
    [InlineData("abcdef", "uvwxyz", 2, 3)] // every row over the limit: stopped early, limit + 1
    [InlineData("abcdef", "abcxyz", 2, 3)]
    [InlineData("abcdef", "abcdxy", 2, 2)]
    [InlineData("abc", "abd", 0, 1)]
    public void A_distance_above_the_limit_is_the_limit_plus_one(string a, string b, int limit, int distance) =>
        Assert.Equal(distance, SpellingTolerance.Distance(a, b, limit));

    [Theory]
    [InlineData("abcd", 0)]
    [InlineData("abcde", 1)]
    [InlineData("abcdefg", 1)]
    [InlineData("abcdefgh", 2)]
    [InlineData("abcdefghijkl", 2)]
    public void Five_letters_may_take_one_edit_and_eight_two(string term, int edits) =>
        Assert.Equal(edits, SpellingTolerance.MaxEdits(term));

    [Fact]
    public void Candidates_share_the_first_letter()
    {
        Assert.Equal(("k", "l"), SpellingTolerance.Range("kasym"));
        Assert.Equal(("ق", "ك"), SpellingTolerance.Range("قرغيزستان"));
    }

    [Fact]
    public void A_word_too_short_to_correct_has_no_nearest_term()
    {
        Assert.Empty(SpellingTolerance.Nearest("kasm", [("kasym", 1)]));
    }

    [Fact]
    public void The_fewest_edits_win_over_more_places()
    {
        Assert.Equal(["nazarbayev"], SpellingTolerance.Nearest("nazarbaiev", [("nazarbxyev", 500), ("nazarbayev", 1)]));
    }

    [Fact]
    public void Of_terms_as_near_the_nearest_in_length_wins_then_the_most_places_then_the_first_in_order()
    {
        // Both one edit from kasyms: kasym by dropping a letter (length gap 1), kasymz by changing one (gap 0).
        Assert.Equal(["kasymz"], SpellingTolerance.Nearest("kasymx", [("kasym", 50), ("kasymz", 1)]));
        Assert.Equal(["kasymb"], SpellingTolerance.Nearest("kasymx", [("kasyma", 1), ("kasymb", 2)]));
        Assert.Equal(["kasyma"], SpellingTolerance.Nearest("kasymx", [("kasymb", 2), ("kasyma", 2)]));
    }

    [Fact]
    public void The_word_itself_is_not_offered_and_a_four_letter_term_is()
    {
        Assert.Empty(SpellingTolerance.Nearest("kasym", [("kasym", 9)]));
        Assert.Equal(["abcd"], SpellingTolerance.Nearest("abcde", [("abcd", 1)]));
    }

    [Fact]
    public void Nothing_is_offered_beyond_the_word_s_edits()
    {
        Assert.Empty(SpellingTolerance.Nearest("kasym", [("kxsxm", 9)]));
        Assert.Equal(["kxsxmabc"], SpellingTolerance.Nearest("kasymabc", [("kxsxmabc", 9)]));
    }

    [Fact]
    public void Between_as_near_terms_the_one_reached_from_the_stemmed_form_wins()
    {
        // Both one edit away, the same length apart: rubley from ruble as typed, rubly from rubl (ruble without its e).
        Assert.Equal(["rubly"], SpellingTolerance.Nearest("ruble", [("rubley", 1000), ("rubly", 1)]));
    }

    [Fact]
    public void A_four_letter_word_is_not_corrected_even_to_its_stemmed_form()
    {
        // abcy without its y is abci, four letters and no edit away: still not offered, four letters are left as typed.
        Assert.Empty(SpellingTolerance.Nearest("abcy", [("abci", 1)]));
    }

    [Fact]
    public void A_final_y_is_compared_as_the_stemmer_s_i()
    {
        // kazakhi is reached with no edit from kazakhy read as the stemmer writes it; kazakhx, with more places, needs one.
        Assert.Equal(["kazakhi"], SpellingTolerance.Nearest("kazakhy", [("kazakhx", 100), ("kazakhi", 1)]));
    }

    [Fact]
    public void A_word_with_a_letter_outside_ascii_is_compared_only_as_typed()
    {
        // Not an English word for the stemmer: its final s is not taken off, so müllerx (a change) and müller (a
        // removal) are both one edit away, and the one of the same length wins.
        Assert.Equal(["müllerx"], SpellingTolerance.Nearest("müllers", [("müller", 5), ("müllerx", 1)]));
    }
}
