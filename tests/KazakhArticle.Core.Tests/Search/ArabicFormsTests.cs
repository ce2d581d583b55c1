using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>The broken plurals and duals the stemmer cannot reach, kept as data.</summary>
public sealed class ArabicFormsTests
{
    [Fact]
    public void A_form_stands_for_its_word_in_the_index_and_in_queries()
    {
        var terms = ArabicForms.Parse("# a comment\nقبيلة: قبائل، القبائل\nصاروخ: صواريخ, الصواريخ\n");

        Assert.Equal(TextAnalyzer.Term("قبيلة"), terms[TextAnalyzer.Stem(TextAnalyzer.Normalize("قبائل")).ToString()]);
        Assert.Equal(TextAnalyzer.Term("صاروخ"), terms[TextAnalyzer.Stem(TextAnalyzer.Normalize("صواريخ")).ToString()]);
        Assert.Equal(TextAnalyzer.Term("الصاروخ"), TextAnalyzer.Term("وصواريخ"));
    }

    [Theory]
    [InlineData("قبيلة قبائل")]
    [InlineData("قبيلة:")]
    [InlineData(": قبائل")]
    [InlineData("قبيلة: قبائل\nعشيرة: قبائل")]
    public void A_line_that_is_not_a_word_and_its_forms_is_reported_with_its_number(string text)
    {
        var error = Assert.Throws<FormatException>(() => ArabicForms.Parse(text));

        Assert.Contains("line", error.Message, StringComparison.Ordinal);
    }
}
