using System.Text;
using KazakhArticle.Web.Publishing;

namespace KazakhArticle.Web.Components.Layout;

/// <summary>
/// The site's one stylesheet: <c>wwwroot/app.css</c> (tokens, base type, the article's text, print) followed by the
/// components' own styles (each <c>.razor.css</c>, scoped and bundled by the build into
/// <c>{ApplicationName}.styles.css</c>), served as one response at a URL named by its hash.
/// </summary>
/// <remarks>
/// One stylesheet, not two: each render-blocking stylesheet on a new connection costs a phone a connection and a round
/// trip before the first paint. Linked side by side, the two took Lighthouse's first contentful paint on the article
/// from 1.37 s to 1.52 s (docs/performance.md, "One feature, one folder"). Both files are read once at start-up, as
/// built (the app's bytes never depend on a request), and compressed once per coding when first asked for
/// (<see cref="PublishedPage"/>); the URL changes with the bytes, so the response is cached for a year.
/// </remarks>
public sealed class SiteStyles
{
    /// <summary>The route the stylesheet is served at; its one parameter is the hash.</summary>
    public const string Route = "/site.{hash}.css";

    private const string CacheControl = "public, max-age=31536000, immutable";

    public SiteStyles(IWebHostEnvironment environment)
    {
        var files = environment.WebRootFileProvider;
        const string NeededBecause = "every page's stylesheet includes it";
        var text = new StringBuilder(WebRootText.Read(files, "app.css", NeededBecause))
            .Append('\n')
            .Append(WebRootText.Read(files, $"{environment.ApplicationName}.styles.css", NeededBecause));
        Page = PublishedPage.Create("text/css; charset=utf-8", Encoding.UTF8.GetBytes(text.ToString()), []);
        Hash = Page.Identity.ETag.Trim('"');
    }

    /// <summary>The stylesheet in every coding it is served in.</summary>
    public PublishedPage Page { get; }

    /// <summary>A hash of the stylesheet's bytes: the same on every instance that runs the same build.</summary>
    public string Hash { get; }

    /// <summary>The stylesheet's URL, relative to the site's root (the page's <c>&lt;base href="/"&gt;</c>).</summary>
    public string Url => $"site.{Hash}.css";

    /// <summary>Answers the stylesheet's URL; another hash (a page of an older build) is not found.</summary>
    public Task ServeAsync(HttpContext context, string hash)
    {
        if (hash != Hash)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return PageCacheMiddleware.ServeAsync(context, Page, CacheControl);
    }
}
