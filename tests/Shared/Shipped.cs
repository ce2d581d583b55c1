namespace KazakhArticle.Tests.Shared;

/// <summary>The article the project ships, as every test names it: its slug and its page's paths.</summary>
internal static class Shipped
{
    public const string Slug = "kazakhstan-eurasian-line";

    /// <summary>The article's path without an interface language: the app sends the reader on to theirs.</summary>
    public const string Article = "/articles/" + Slug;

    public const string ArabicArticle = "/ar" + Article;

    public const string EnglishArticle = "/en" + Article;
}
