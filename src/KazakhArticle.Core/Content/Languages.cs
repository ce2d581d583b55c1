namespace KazakhArticle.Core.Content;

/// <summary>Facts about the languages content may be written in.</summary>
public static class Languages
{
    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase) { "ar", "fa", "he", "ur", "ps", "yi" };

    public static bool IsRightToLeft(string language) => RightToLeft.Contains(language);

    /// <summary>The value of an HTML <c>dir</c> attribute for text in the language.</summary>
    public static string DirectionOf(string language) => IsRightToLeft(language) ? "rtl" : "ltr";
}
