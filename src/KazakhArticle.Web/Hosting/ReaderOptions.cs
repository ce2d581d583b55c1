namespace KazakhArticle.Web.Hosting;

/// <summary>Where content is read from and where its cache lives; relative paths are from the app's content root.</summary>
public sealed class ReaderOptions
{
    public const string Section = "Reader";

    /// <summary>The folder that holds <c>articles/</c>.</summary>
    public string ContentPath { get; set; } = "../../content";

    /// <summary>The SQLite file; a cache of the content, rebuilt when deleted.</summary>
    public string DatabasePath { get; set; } = "App_Data/kazakh-article.db";
}
