using KazakhArticle.Web.Localization;
using KazakhArticle.Web.Tests.Support;

namespace KazakhArticle.Web.Tests.Localization;

/// <summary>CLDR's plural categories, and the interface's counted texts in each of their forms.</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData(0, "zero")]
    [InlineData(1, "one")]
    [InlineData(2, "two")]
    [InlineData(3, "few")]
    [InlineData(10, "few")]
    [InlineData(11, "many")]
    [InlineData(99, "many")]
    [InlineData(100, "other")]
    [InlineData(101, "other")]
    [InlineData(102, "other")]
    [InlineData(103, "few")]
    [InlineData(111, "many")]
    [InlineData(200, "other")]
    [InlineData(1000, "other")]
    public void Arabic_has_six_forms(int count, string category) =>
        Assert.Equal(category, PluralRules.Category("ar", count));

    [Theory]
    [InlineData(0, "other")]
    [InlineData(1, "one")]
    [InlineData(2, "other")]
    [InlineData(21, "other")]
    public void English_has_two(int count, string category) =>
        Assert.Equal(category, PluralRules.Category("en", count));

    [Theory]
    [InlineData("en", 1, "1 result")]
    [InlineData("en", 2, "2 results")]
    [InlineData("en", 0, "0 results")]
    [InlineData("ar", 1, "نتيجة واحدة")]
    [InlineData("ar", 2, "نتيجتان")]
    [InlineData("ar", 7, "7 نتائج")]
    [InlineData("ar", 45, "45 نتيجة")]
    [InlineData("ar", 100, "100 نتيجة")]
    public void A_count_reads_as_the_language_says_it(string language, int count, string text) =>
        InterfaceLocalizer.In(language, localizer => Assert.Equal(text, localizer.Plural("ResultCount", count).Value));
}
