using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>The broken plurals and duals the stemmer cannot reach, kept as data.</summary>
public sealed class ArabicFormsTests
{
    [Fact]
    public void A_form_stands_for_its_word_in_the_index_and_in_queries()
    {
        var terms = ArabicForms.Parse("# a comment\nقبيلة: قبائل، القبائل\nصاروخ: صواريخ, الصواريخ\n").Forms;

        Assert.Equal(TextAnalyzer.Term("قبيلة"), terms[TextAnalyzer.Stem(TextAnalyzer.Normalize("قبائل")).ToString()]);
        Assert.Equal(TextAnalyzer.Term("صاروخ"), terms[TextAnalyzer.Stem(TextAnalyzer.Normalize("صواريخ")).ToString()]);
        Assert.Equal(TextAnalyzer.Term("الصاروخ"), TextAnalyzer.Term("وصواريخ"));
    }

    [Fact]
    public void A_word_kept_whole_has_its_own_term_with_or_without_its_prefix()
    {
        var whole = ArabicForms.Parse("رئيسي = رئيسية، رئيسيات\n").Whole;

        Assert.Equal("رئيسي", whole[TextAnalyzer.Normalize("رئيسية")]);
        Assert.Equal("رئيسي", whole["رئيسيات"]);
        Assert.Equal("رئيسي", whole["رئيسي"]);

        // The file's own: main (رئيسية) is not president (الرئيس), and a conjunction or the article changes nothing.
        Assert.Equal(TextAnalyzer.Term("رئيسي"), TextAnalyzer.Term("والرئيسية"));
        Assert.NotEqual(TextAnalyzer.Term("الرئيس"), TextAnalyzer.Term("رئيسية"));
        Assert.Equal(TextAnalyzer.Term("الرئيس"), TextAnalyzer.Term("الرئيسين")); // the two presidents
    }

    [Theory]
    [InlineData("قبيلة قبائل")]
    [InlineData("رئيسي = رئيسية\nرئيس = رئيسية")]
    [InlineData("قبيلة:")]
    [InlineData(": قبائل")]
    [InlineData("قبيلة: قبائل\nعشيرة: قبائل")]
    public void A_line_that_is_not_a_word_and_its_forms_is_reported_with_its_number(string text)
    {
        var error = Assert.Throws<FormatException>(() => ArabicForms.Parse(text));

        Assert.Contains("line", error.Message, StringComparison.Ordinal);
    }
}
