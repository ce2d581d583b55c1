using System.Text.RegularExpressions;

namespace KazakhArticle.Core.Content;

/// <summary>
/// Slugs and anchor ids are plain ASCII so that links survive being shared, percent-encoding
/// and Blazor's fragment handling, whatever language the text is in.
/// </summary>
public static partial class ContentIds
{
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    /// <summary>The id of the n-th (1-based) block of a section.</summary>
    public static string Paragraph(string sectionId, int position) => $"{sectionId}-p{position}";

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
