using KazakhArticle.Core.Search;

namespace KazakhArticle.Web.Components.Reading;

/// <summary>The words to mark in each language of the page, when the reader came from a search.</summary>
public sealed class Highlights(IReadOnlyDictionary<string, IReadOnlySet<string>> termsByLanguage)
{
    public static readonly Highlights None = new(new Dictionary<string, IReadOnlySet<string>>());

    public string Html(string language, string html) =>
        termsByLanguage.TryGetValue(language, out var terms) ? HitMarker.MarkHtml(html, terms) : html;

    public string Text(string language, string text) =>
        Html(language, System.Net.WebUtility.HtmlEncode(text));
}
