namespace KazakhArticle.Core.Content;

/// <summary>Counts that the reading time is derived from.</summary>
public static class TextStatistics
{
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar || (inWord && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark);
        }

        return count;
    }

    /// <summary>Whole minutes at an unhurried pace for the language, never less than one.</summary>
    public static int ReadingMinutes(int wordCount, string language)
    {
        // Arabic words carry more per word (attached articles and pronouns), so fewer are read per minute.
        var wordsPerMinute = Languages.IsRightToLeft(language) ? 150 : 230;
        return Math.Max(1, (int)Math.Round(wordCount / (double)wordsPerMinute, MidpointRounding.AwayFromZero));
    }
}
