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

    /// <summary>A translator's note, by its number; the language keeps both editions' notes apart on one page.</summary>
    public static string Note(string language, int number) => $"{language}-note-{number}";

    /// <summary>The n-th place in the text that refers to a note (a note may be referred to more than once).</summary>
    public static string NoteReference(string language, int index) => $"{language}-note-ref-{index}";

    /// <summary>The heading of an edition's notes.</summary>
    public static string Notes(string language) => $"{language}-notes";

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
