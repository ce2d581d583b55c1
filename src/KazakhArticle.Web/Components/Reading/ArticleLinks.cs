namespace KazakhArticle.Web.Components.Reading;

/// <summary>Links into an article, always with the page path: a bare "#id" would resolve against &lt;base href="/"&gt;.</summary>
public static class ArticleLinks
{
    public static string Article(string slug) => $"/articles/{Uri.EscapeDataString(slug)}";

    public static string Fragment(string slug, string id) => $"{Article(slug)}#{id}";
}
