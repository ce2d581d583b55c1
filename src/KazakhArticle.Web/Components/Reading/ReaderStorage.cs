namespace KazakhArticle.Web.Components.Reading;

/// <summary>
/// Where the reader's browser keeps what it remembers (localStorage). The page names the keys on &lt;html&gt;
/// (<c>data-settings-key</c>, <c>data-place-key</c>), and the scripts read them from there: the names live here only.
/// </summary>
public static class ReaderStorage
{
    /// <summary>The reading settings (size, leading, width, theme), as one JSON object.</summary>
    public const string SettingsKey = "kazakh-article:settings";

    /// <summary>The place in an article, by its slug after this prefix: the id of the block last in view.</summary>
    public const string PlaceKey = "kazakh-article:place:";
}
