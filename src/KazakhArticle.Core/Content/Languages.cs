namespace KazakhArticle.Core.Content;

/// <summary>The languages and genres content may be written in: the one list that front matter is checked against and
/// that the search filter and the interface's names (<c>LanguageName_{code}</c>, <c>Genre_{name}</c>) are made from.</summary>
public static class Languages
{
    /// <summary>
    /// The codes an edition's <c>language</c> (and a translation's <c>translated-from</c>) may be. A new one needs its
    /// analysis in search (<see cref="Search.TextAnalyzer"/>) and its name in every interface language (a test checks).
    /// </summary>
    public static readonly IReadOnlyList<string> Codes = ["ar", "en"];

    /// <summary>The genres an article's front matter may name; each needs its name in every interface language.</summary>
    public static readonly IReadOnlyList<string> Genres = ["opinion", "analysis", "news", "interview"];

    // The scripts written right to left, whatever the list above holds: a fact about the languages, not about this reader.
    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase) { "ar", "fa", "he", "ur", "ps", "yi" };

    public static bool IsSupported(string language) => Codes.Contains(language, StringComparer.Ordinal);

    public static bool IsRightToLeft(string language) => RightToLeft.Contains(language);

    /// <summary>The value of an HTML <c>dir</c> attribute for text in the language.</summary>
    public static string DirectionOf(string language) => IsRightToLeft(language) ? "rtl" : "ltr";
}
