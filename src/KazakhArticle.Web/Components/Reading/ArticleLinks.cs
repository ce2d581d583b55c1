namespace KazakhArticle.Web.Components.Reading;

/// <summary>Links into an article, always with the page path: a bare "#id" would resolve against &lt;base href="/"&gt;.</summary>
public static class ArticleLinks
{
    public static string Article(string slug) => $"/articles/{Uri.EscapeDataString(slug)}";

    /// <summary>The article in a view; links within a view keep it.</summary>
    public static string View(string slug, string view) => $"{Article(slug)}?view={Uri.EscapeDataString(view)}";

    /// <summary>
    /// The URL fragment links on the page are written with: the page's own URL, so a jump stays in the same
    /// document (and keeps a search's marks). Plain when the reader asked for no view.
    /// </summary>
    public static string Page(string slug, string? requestedView, string view, string? query)
    {
        var url = requestedView is null && query is null ? Article(slug) : View(slug, view);
        return query is null ? url : $"{url}&q={Uri.EscapeDataString(query)}";
    }

    public static string Fragment(string pageUrl, string id) => $"{pageUrl}#{id}";
}
