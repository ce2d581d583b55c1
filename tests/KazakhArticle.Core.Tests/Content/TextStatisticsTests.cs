using KazakhArticle.Core.Content;

namespace KazakhArticle.Core.Tests.Content;

public sealed class TextStatisticsTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("كازاخستان تختار الخط", 3)]
    [InlineData("تَمثّل في بناء", 3)] // diacritics do not split a word
    [InlineData("2.700.025 كلم (CCTS)", 3)]
    [InlineData("Tokayev’s Eurasian line", 3)]
    public void Counts_words_in_either_script(string text, int expected) =>
        Assert.Equal(expected, TextStatistics.CountWords(text));

    [Theory]
    [InlineData(0, "ar", 1)]
    [InlineData(1500, "ar", 10)]
    [InlineData(2300, "en", 10)]
    public void Reading_time_is_whole_minutes_at_the_languages_pace(int words, string language, int minutes) =>
        Assert.Equal(minutes, TextStatistics.ReadingMinutes(words, language));
}
