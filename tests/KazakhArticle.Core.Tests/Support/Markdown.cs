namespace KazakhArticle.Core.Tests.Support;

/// <summary>Small article files for tests.</summary>
internal static class Markdown
{
    public static string FrontMatter(string slug = "test-article", string language = "ar", string title = "عنوان", string? extra = null) =>
        $"---\ntitle: {title}\nslug: {slug}\nauthor: كاتب\nlanguage: {language}\n{extra}---\n";

    public static string Article(string slug = "test-article", string body = "## قسم {#first}\n\nنص الفقرة.\n") =>
        FrontMatter(slug) + "\n" + body;
}
