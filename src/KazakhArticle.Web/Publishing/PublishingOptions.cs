namespace KazakhArticle.Web.Publishing;

/// <summary>How published pages are kept and how long browsers and shared caches may keep them (<c>Reader:Publishing</c>).</summary>
public sealed class PublishingOptions
{
    public const string Section = "Reader:Publishing";

    /// <summary>The memory rendered pages may take, all codings counted.</summary>
    public long CacheSizeLimitBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>The memory search answers may take, apart from the pages' (an answer is a few kilobytes).</summary>
    public long SearchCacheSizeLimitBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>How long a browser uses a page before asking again (with its ETag, so the answer is a short 304).</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a shared cache (nginx, a CDN) serves a page before asking again.</summary>
    public TimeSpan SharedMaxAge { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long past that a cache may serve the page it has while it fetches the new one in the background.</summary>
    public TimeSpan StaleWhileRevalidate { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a cache may go on serving a page while this server cannot answer.</summary>
    public TimeSpan StaleIfError { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The <c>Cache-Control</c> value of published pages and API answers.</summary>
    public string CacheControl =>
        $"public, max-age={(int)MaxAge.TotalSeconds}, s-maxage={(int)SharedMaxAge.TotalSeconds}, " +
        $"stale-while-revalidate={(int)StaleWhileRevalidate.TotalSeconds}, stale-if-error={(int)StaleIfError.TotalSeconds}";
}
