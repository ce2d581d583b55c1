namespace KazakhArticle.Core.Tests.Support;

/// <summary>The page URL the Core tests write note links with; the web project's own is ReaderUrls.StoredArticleLink.</summary>
internal static class TestLinks
{
    public static string Article(string slug, string language) => $"/articles/{slug}?view={language}";

    public static string Entity(string slug, string language, string entity, string paragraph) => $"/articles/{slug}/names/{entity}?view={language}&at={paragraph}";
}
