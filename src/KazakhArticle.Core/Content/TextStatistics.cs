using System.Globalization;

namespace KazakhArticle.Core.Content;

/// <summary>Counts that the reading time is derived from.</summary>
public static class TextStatistics
{
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                count += inWord ? 0 : 1;
                inWord = true;
            }
            else if (inWord && (IsMark(c) || (IsJoiner(c) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                // Harakat belong to their letter; "2.700.025" and "Tokayev’s" are one word each.
                continue;
            }
            else
            {
                inWord = false;
            }
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

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsJoiner(char c) => c is '.' or ',' or '\'' or '’' or '-' or '\u0640';
}
