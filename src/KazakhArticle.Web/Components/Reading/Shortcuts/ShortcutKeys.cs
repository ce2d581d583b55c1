namespace KazakhArticle.Web.Components.Reading.Shortcuts;

/// <summary>
/// The keyboard shortcuts, in one place: the help dialog lists them, and the element that acts on each names it in
/// its <c>data-shortcuts</c> attribute (<see cref="For"/>), which ShortcutsDialog.razor.js reads. The script knows no key.
/// </summary>
public static class ShortcutKeys
{
    public const string Search = "/";
    public const string NextSection = "j";
    public const string PreviousSection = "k";
    public const string Contents = "t";
    public const string NextView = "v";
    public const string Help = "?";

    /// <summary>Each key with the interface text that names it, in the order the help dialog lists them.</summary>
    public static IReadOnlyList<(string Key, string Label)> All { get; } =
    [
        (Search, "ShortcutSearch"),
        (NextSection, "ShortcutNextSection"),
        (PreviousSection, "ShortcutPreviousSection"),
        (Contents, "ShortcutContents"),
        (NextView, "ShortcutView"),
        (Help, "ShortcutHelp"),
    ];

    /// <summary>
    /// A <c>data-shortcuts</c> value: each key with the action it starts on the element that carries it
    /// (<c>"t:toggle j:next"</c>). The element's <c>shortcut(action)</c> method runs it, or, on a plain element,
    /// the method of that name (<c>focus</c>, <c>showModal</c>).
    /// </summary>
    public static string For(params (string Key, string Action)[] shortcuts) =>
        string.Join(' ', shortcuts.Select(s => $"{s.Key}:{s.Action}"));
}
