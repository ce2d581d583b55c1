namespace KazakhArticle.Web.Components.Reading;

/// <summary>Links into an article, always with the page path: a bare "#id" would resolve against &lt;base href="/"&gt;.</summary>
public static class ArticleLinks
{
    public static string Article(string slug) => $"/articles/{Uri.EscapeDataString(slug)}";

    /// <summary>The article in a view; links within a view keep it.</summary>
    public static string View(string slug, string view) => $"{Article(slug)}?view={Uri.EscapeDataString(view)}";

    public static string Fragment(string pageUrl, string id) => $"{pageUrl}#{id}";
}
