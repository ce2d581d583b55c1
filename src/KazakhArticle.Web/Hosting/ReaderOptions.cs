namespace KazakhArticle.Web.Hosting;

/// <summary>Where content is read from and where its cache lives; relative paths are from the app's content root.</summary>
public sealed class ReaderOptions
{
    public const string Section = "Reader";

    /// <summary>The folder that holds <c>articles/</c>.</summary>
    public string ContentPath { get; set; } = "../../content";

    /// <summary>The SQLite file; a cache of the content, rebuilt when deleted.</summary>
    public string DatabasePath { get; set; } = "App_Data/kazakh-article.db";

    /// <summary>Import edits to the content while the app runs, as a writer previewing an article expects.</summary>
    public bool WatchContent { get; set; } = true;

    /// <summary>How long a start-up step (the database, the import) may take before the log says it is slow, while it still runs.</summary>
    public TimeSpan SlowStartStep { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the content must be quiet after an edit before it is imported.</summary>
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromMilliseconds(500);
}
