using System.Globalization;
using System.Text;
using KazakhArticle.Web.Localization;

namespace KazakhArticle.Web.Routing;

/// <summary>
/// Every URL shape of the site, in one place. Reading pages carry the interface language as their first
/// segment (<c>/ar/articles/{slug}</c>), so a URL alone decides a page's bytes and a shared cache holds each
/// page once; the same paths without it redirect to the reader's language.
/// </summary>
public static class ReaderUrls
{
    /// <summary>The route parameter that holds the interface language, constrained to the languages it speaks.</summary>
    public const string LanguageParameter = "interfaceLanguage";

    public const string HomeRoute = "/{" + LanguageParameter + ":" + InterfaceLanguageConstraint.Name + "}";
    public const string ArticleRoute = HomeRoute + ArticlePath;
    public const string NamesRoute = HomeRoute + NamesPath;
    public const string NameRoute = HomeRoute + NamePath;
    public const string TimelineRoute = HomeRoute + TimelinePath;
    public const string FiguresRoute = HomeRoute + FiguresPath;
    public const string SearchRoute = HomeRoute + SearchPath;
    public const string MapRoute = HomeRoute + MapPath;

    /// <summary>Where the JSON API lives: its errors are problems (application/problem+json), never pages.</summary>
    public const string Api = "/api";

    /// <summary>The paths below the language; on their own, the language-less URLs that redirect.</summary>
    public const string ArticlePath = "/articles/{Slug}";

    /// <summary>An article's people, places, organisations and events, and the card of one of them.</summary>
    public const string NamesPath = ArticlePath + "/names";
    public const string NamePath = NamesPath + "/{Entity}";

    /// <summary>An article's dated events on one axis, and the figures it states.</summary>
    public const string TimelinePath = ArticlePath + "/timeline";
    public const string FiguresPath = ArticlePath + "/figures";
    public const string SearchPath = "/search";

    /// <summary>The map of an article's places that are points.</summary>
    public const string MapPath = ArticlePath + "/map";

    /// <summary>The query parameters a reading page is built from; any other (a tracker's, say) changes nothing.</summary>
    public const string ViewParameter = "view";
    public const string QueryParameter = "q";
    public const string SearchLanguageParameter = "lang";
    public const string OffsetParameter = "offset";

    /// <summary>On a card: the paragraph whose mention led to it, for the link to the next mention.</summary>
    public const string AtParameter = "at";

    /// <summary>Search the words as typed, without taking a word that matches nothing for the nearest one.</summary>
    public const string ExactParameter = "exact";

    private static readonly string[] PageParameters = [ViewParameter, QueryParameter, SearchLanguageParameter, OffsetParameter, ExactParameter, AtParameter];

    // Every shape below takes the interface language, or null for the language-less URL that redirects to the reader's own.
    private static string Prefix(string? language) => language is null ? "" : $"/{language}";

    public static string Home(string? language) => language is null ? "/" : $"/{language}";

    public static string Article(string? language, string slug) => $"{Prefix(language)}/articles/{Uri.EscapeDataString(slug)}";

    /// <summary>The article in a view; links within a view keep it.</summary>
    public static string View(string? language, string slug, string view) => $"{Article(language, slug)}?{ViewParameter}={Uri.EscapeDataString(view)}";

    /// <summary>
    /// The article's page in one edition as the links stored in its HTML write it (<see cref="Core.Content.ArticleLink"/>):
    /// without an interface language, so it opens in the reader's. Stored: a change here needs a new cache version.
    /// </summary>
    public static string StoredArticleLink(string slug, string language) => View(null, slug, language);

    /// <summary>
    /// The URL fragment links on the page are written with: the page's own URL, so a jump stays in the same
    /// document (and keeps a search's marks). Plain when the reader asked for no view.
    /// </summary>
    public static string Page(string? language, string slug, string? requestedView, string view, string? query)
    {
        var url = requestedView is null && query is null ? Article(language, slug) : View(language, slug, view);
        return query is null ? url : $"{url}&{QueryParameter}={Uri.EscapeDataString(query)}";
    }

    public static string Fragment(string pageUrl, string id) => $"{pageUrl}#{id}";

    /// <summary>The index of an article's people, places, organisations and events.</summary>
    public static string Names(string? language, string slug) => $"{Article(language, slug)}/names";

    public static string Timeline(string? language, string slug) => $"{Article(language, slug)}/timeline";

    public static string Figures(string? language, string slug) => $"{Article(language, slug)}/figures";

    /// <summary>An entity's card; from a mention, with the edition and the paragraph it was reached from.</summary>
    public static string Name(string? language, string slug, string entity, string? edition = null, string? at = null) =>
        $"{Names(language, slug)}/{Uri.EscapeDataString(entity)}"
        + (edition is null || at is null ? "" : $"?{ViewParameter}={Uri.EscapeDataString(edition)}&{AtParameter}={Uri.EscapeDataString(at)}");

    /// <summary>The map of an article's places.</summary>
    public static string Map(string? language, string slug) => $"{Article(language, slug)}/map";

    /// <summary>
    /// A card's URL as the mentions stored in an article's HTML write it (<see cref="Core.Annotations.EntityLink"/>):
    /// without an interface language, so it opens in the reader's. Stored: a change here needs a new cache version.
    /// </summary>
    public static string StoredEntityLink(string slug, string edition, string entity, string paragraph) => Name(null, slug, entity, edition, paragraph);

    /// <summary>
    /// A path as an absolute URL on the origin the request came to. Pages carry such URLs (canonical, alternates,
    /// the links readers copy); the page cache keys by origin, so one host's URLs are never served to another.
    /// </summary>
    public static string Absolute(HttpRequest? request, string path) =>
        request is null ? path : $"{request.Scheme}://{request.Host}{request.PathBase}{path}";

    /// <summary>A search hit: the matching language's view with the query, so the page marks the words too.</summary>
    public static string Hit(string? language, string slug, string edition, string query, string anchor) =>
        $"{View(language, slug, edition)}&{QueryParameter}={Uri.EscapeDataString(query)}#{anchor}";

    public static string Search(string? language) => $"{Prefix(language)}/search";

    public static string Search(string? language, string query, string? searchLanguage = null, int offset = 0, bool exact = false) =>
        $"{Search(language)}?{QueryParameter}={Uri.EscapeDataString(query)}"
        + (searchLanguage is null ? "" : $"&{SearchLanguageParameter}={Uri.EscapeDataString(searchLanguage)}")
        + (offset > 0 ? $"&{OffsetParameter}={offset.ToString(CultureInfo.InvariantCulture)}" : "")
        + (exact ? $"&{ExactParameter}=true" : "");

    /// <summary>
    /// An article's share image, the picture link previews show (Open Graph, X): named by its version, a hash of what it
    /// shows, so a new title is a new URL and an image may be cached for good. Without the interface language: the one
    /// image serves both.
    /// </summary>
    public const string ShareImageRoute = "/share/{slug}/{version}.png";

    public static string ShareImage(string slug, string version) => $"/share/{Uri.EscapeDataString(slug)}/{Uri.EscapeDataString(version)}.png";

    /// <summary>The fragment with the live header search, fetched when a reader starts typing.</summary>
    public static string LiveSearch(string language) => $"/{language}/live/search";

    public const string LiveSearchRoute = HomeRoute + "/live/search";

    /// <summary>The interface language a path starts with, if any.</summary>
    public static string? LanguageOf(string path)
    {
        var segments = path.AsSpan().TrimStart('/');
        var slash = segments.IndexOf('/');
        var first = slash < 0 ? segments : segments[..slash];
        foreach (var code in InterfaceLanguages.Codes)
        {
            if (first.SequenceEqual(code))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>The same page in another interface language, keeping only the parameters a page is built from.</summary>
    public static string InLanguage(string language, string path, IQueryCollection query)
    {
        var current = LanguageOf(path);
        var rest = current is null ? path : path[(current.Length + 1)..];
        var url = new StringBuilder($"/{language}{(rest == "/" ? "" : rest)}");
        var separator = '?';
        foreach (var name in PageParameters)
        {
            if (query.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]))
            {
                url.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(values[0]!));
                separator = '&';
            }
        }

        return url.ToString();
    }

    /// <summary>The parameters a reading page is built from, in a fixed order: the part of a query that names a page.</summary>
    public static IEnumerable<string> PageParameterNames => PageParameters;
}
