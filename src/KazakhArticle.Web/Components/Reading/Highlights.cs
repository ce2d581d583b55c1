using KazakhArticle.Core.Search;

namespace KazakhArticle.Web.Components.Reading;

/// <summary>
/// What to mark on the page when the reader came from a search: in each language, the places the query matched,
/// each with the words it matched there (a phrase's words only where the phrase stands).
/// </summary>
public sealed class Highlights(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> placesByLanguage)
{
    public static readonly Highlights None = new(new Dictionary<string, IReadOnlyDictionary<string, string>>());

    /// <summary>A place's HTML, its matched words marked; unchanged where the query did not match it.</summary>
    public string Html(string language, string anchor, string html) =>
        placesByLanguage.TryGetValue(language, out var places) && places.TryGetValue(anchor, out var highlighted)
            ? HitMarker.MarkHtml(html, highlighted)
            : html;

    public string Text(string language, string anchor, string text) =>
        Html(language, anchor, System.Net.WebUtility.HtmlEncode(text));
}
