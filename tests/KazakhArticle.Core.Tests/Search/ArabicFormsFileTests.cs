using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>
/// How ArabicForms.txt is read: blank lines and comments anywhere, each line's forms under its own word, and a
/// mistake named with the line an editor has to open.
/// </summary>
public sealed class ArabicFormsFileTests
{
    private const string File = "KazakhArticle.Core.Search.ArabicForms.txt";

    [Fact]
    public void Blank_lines_indented_comments_and_windows_line_ends_are_skipped()
    {
        var table = ArabicForms.Parse("\r\n   # forms of words\r\n\r\nقبيلة: قبائل\r\n  \t\r\n\t# words kept whole\r\nرئيسي = رئيسية\r\n");

        Assert.Equal([(Stemmed("قبائل"), Stemmed("قبيلة"))], table.Forms.Select(f => (f.Key, f.Value)));
        Assert.Equal("رئيسي", table.Whole[TextAnalyzer.Normalize("رئيسية")]);
    }

    [Fact]
    public void A_word_listed_among_its_own_forms_is_not_made_a_form_of_itself()
    {
        var forms = ArabicForms.Parse("قبيلة: القبيلة، قبائل").Forms;

        Assert.Equal([Stemmed("قبائل")], forms.Keys);
        Assert.False(forms.ContainsKey(Stemmed("قبيلة")));
    }

    [Fact]
    public void A_word_kept_whole_adds_no_form_of_another_word()
    {
        var table = ArabicForms.Parse("رئيسي = رئيسية، رئيسيات\nقبيلة: قبائل");

        Assert.Equal([Stemmed("قبائل")], table.Forms.Keys);
        Assert.Equal(3, table.Whole.Count);
        Assert.All(table.Whole.Values, term => Assert.Equal("رئيسي", term));
    }

    [Fact]
    public void A_word_kept_whole_makes_no_form_even_of_a_form_the_suffix_rules_stem_apart()
    {
        Assert.NotEqual(Stemmed("عربي"), Stemmed("أعراب"));

        var table = ArabicForms.Parse("عربي = أعراب");

        Assert.Empty(table.Forms);
        Assert.Equal(TextAnalyzer.StemPrefix(TextAnalyzer.Normalize("عربي")).ToString(), table.Whole[TextAnalyzer.StemPrefix(TextAnalyzer.Normalize("أعراب")).ToString()]);
    }

    [Fact]
    public void A_kept_line_s_word_is_checked_before_its_forms_and_named_first_when_both_are_kept_already()
    {
        var error = Assert.Throws<FormatException>(() => ArabicForms.Parse("رئيسي = رئيسية\nرئيسية = رئيسي"));

        Assert.Equal($"{File} line 2: 'رئيسية' is already kept as another word", error.Message);
    }

    [Theory]
    [InlineData("قبيلة: قبائل، قبائل")]
    [InlineData("قبيلة: قبائل\nقبيلة: القبائل")]
    public void A_form_listed_twice_for_the_same_word_is_no_mistake(string text)
    {
        var forms = ArabicForms.Parse(text).Forms;

        Assert.Equal([(Stemmed("قبائل"), Stemmed("قبيلة"))], forms.Select(f => (f.Key, f.Value)));
    }

    [Theory]
    [InlineData("رئيسي = رئيسية، رئيسية")]
    [InlineData("رئيسي = رئيسية\nرئيسي = والرئيسية")]
    public void A_word_kept_whole_listed_twice_for_the_same_word_is_no_mistake(string text)
    {
        var whole = ArabicForms.Parse(text).Whole;

        Assert.Equal(2, whole.Count);
        Assert.All(whole.Values, term => Assert.Equal("رئيسي", term));
    }

    [Theory]
    [InlineData("قبيلة قبائل", 1)]
    [InlineData("# a comment\n\nقبيلة: قبائل\nعشيرة عشائر\n", 4)]
    [InlineData("قبيلة: قبائل\n\n\nقبيلة:\n", 4)]
    [InlineData("قبيلة: قبائل\n# = :\n : قبائل", 3)]
    [InlineData("رئيسي = ، ،\n", 1)]
    public void A_line_without_a_word_and_its_forms_is_named_by_its_number(string text, int line)
    {
        var error = Assert.Throws<FormatException>(() => ArabicForms.Parse(text));

        Assert.Equal($"{File} line {line}: not 'word: form, form' nor 'word = form, form'", error.Message);
    }

    [Fact]
    public void A_form_of_two_words_is_named_with_the_line_that_lists_it_again()
    {
        var error = Assert.Throws<FormatException>(() => ArabicForms.Parse("# plurals\nقبيلة: قبائل\n\nعشيرة: عشائر، القبائل\n"));

        Assert.Equal($"{File} line 4: 'القبائل' is already a form of another word", error.Message);
    }

    [Fact]
    public void A_word_kept_as_two_words_is_named_with_the_line_that_keeps_it_again()
    {
        var error = Assert.Throws<FormatException>(() => ArabicForms.Parse("رئيسي = رئيسية\n\n# again\nرئيس = الرئيسية\n"));

        Assert.Equal($"{File} line 4: 'الرئيسية' is already kept as another word", error.Message);
    }

    [Fact]
    public void The_shipped_file_maps_its_plurals_and_keeps_its_whole_words()
    {
        Assert.Equal(Stemmed("قبيلة"), ArabicForms.Canonical(Stemmed("قبائل")).ToString());
        Assert.Equal(Stemmed("قبيلة"), ArabicForms.Canonical(Stemmed("قبيلة")).ToString());
        Assert.True(ArabicForms.TryWhole("رئيسيات", out var term));
        Assert.Equal("رئيسي", term);
        Assert.False(ArabicForms.TryWhole("رئيس", out _));
    }

    private static string Stemmed(string word) => TextAnalyzer.Stem(TextAnalyzer.Normalize(word)).ToString();
}
