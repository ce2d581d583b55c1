using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using KazakhArticle.Core.Import;
using KazakhArticle.Core.Reading;
using KazakhArticle.Web.Hosting;
using KazakhArticle.Web.Localization;
using KazakhArticle.Web.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace KazakhArticle.Web.Sharing;

/// <summary>How much memory share images may take (<c>Reader:ShareImages</c>).</summary>
public sealed class ShareImageOptions
{
    public const string Section = "Reader:ShareImages";

    /// <summary>An image is 50–150 KB: the default keeps a hundred or more, far more articles than the site has.</summary>
    public long CacheSizeLimitBytes { get; set; } = 16 * 1024 * 1024;
}

/// <summary>An image a page names for link previews, with what its tags say about it.</summary>
public sealed record SharePicture(string Url, int Width, int Height, string ContentType, string Alt);

/// <summary>
/// Articles' share images: each drawn once per version (a hash of what it shows, <see cref="ShareCard.Version"/>) and
/// kept in memory, so a burst of link-preview crawlers after a post costs one render. The version is in the image's
/// URL, so the image behind a URL never changes and caches may keep it for good; an edit to a title makes a new URL,
/// which the article page names from then on.
/// </summary>
public sealed partial class ShareImages : IDisposable
{
    private static readonly CultureInfo SiteNameCulture = CultureInfo.GetCultureInfo(ShareCard.OtherLanguage);

    private readonly ShareImageRenderer _renderer;
    private readonly ArticleCatalog _catalog;
    private readonly ContentSync _sync;
    private readonly IOptions<ShareImageOptions> _options;
    private readonly ILogger<ShareImages> _logger;
    private readonly Lazy<string> _siteName;
    private readonly ConcurrentDictionary<string, byte[]> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<byte[]>> _rendering = new(StringComparer.Ordinal);
    private long _size;

    public ShareImages(ShareImageRenderer renderer, ArticleCatalog catalog, ContentSync sync, IStringLocalizer<UiText> text, IOptions<ShareImageOptions> options, ILogger<ShareImages> logger)
    {
        _renderer = renderer;
        _catalog = catalog;
        _sync = sync;
        _options = options;
        _logger = logger;
        // One name on every image whoever asks: the request's language must not change an image's bytes under its URL.
        _siteName = new(() => text.WithCulture(SiteNameCulture, "SiteName"));
        // An import that changes or removes an article makes its kept image one nobody's page names: let it go.
        _sync.Imported += Forget;
    }

    /// <summary>How many images are kept.</summary>
    public int Count => _kept.Count;

    public ShareCard CardOf(ArticleView article) => ShareCard.Of(article, _siteName.Value);

    public static string VersionOf(ShareCard card) => card.Version(ShareImageRenderer.Design);

    /// <summary>The article's image as a page in <paramref name="language"/> names it; its description is that edition's.</summary>
    public SharePicture PictureOf(ArticleView article, string language)
    {
        var card = CardOf(article);
        var edition = article.EditionIn(language);
        return new SharePicture(
            ReaderUrls.ShareImage(article.Slug, VersionOf(card)),
            ShareImageRenderer.Width,
            ShareImageRenderer.Height,
            ShareImageRenderer.ContentType,
            $"{edition.Title} — {edition.Author}");
    }

    /// <summary>The image kept for this slug and version, if any: a hit needs no database and no drawing.</summary>
    public bool TryGetKept(string slug, string version, out byte[] png) => _kept.TryGetValue(Key(slug, version), out png!);

    /// <summary>The current card of an article, or null when there is no such article.</summary>
    public async Task<ShareCard?> FindCardAsync(string slug, CancellationToken cancellationToken) =>
        await _catalog.FindAsync(slug, cancellationToken) is { } article ? CardOf(article) : null;

    /// <summary>The card's image, drawn unless it is kept or being drawn: readers arriving meanwhile wait for that one drawing.</summary>
    public async Task<byte[]> GetOrRenderAsync(ShareCard card)
    {
        var version = VersionOf(card);
        var key = Key(card.Slug, version);
        if (_kept.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var mine = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var rendering = _rendering.GetOrAdd(key, mine.Task);
        if (rendering != mine.Task)
        {
            return await rendering;
        }

        try
        {
            var started = Stopwatch.GetTimestamp();
            var png = _renderer.Render(card);
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogRendered(card.Slug, version, png.Length, elapsed.TotalMilliseconds);
            Keep(key, png);
            mine.SetResult(png);
            return png;
        }
        catch (Exception ex)
        {
            mine.SetException(ex);
            throw;
        }
        finally
        {
            _rendering.TryRemove(new KeyValuePair<string, Task<byte[]>>(key, mine.Task));
        }
    }

    private void Keep(string key, byte[] png)
    {
        var limit = _options.Value.CacheSizeLimitBytes;
        if (png.Length > limit)
        {
            return;
        }

        // Over the budget, drop whatever comes first: an image still shared is drawn again on its next request.
        foreach (var (oldKey, old) in _kept)
        {
            if (Interlocked.Read(ref _size) + png.Length <= limit)
            {
                break;
            }

            Remove(oldKey, old);
        }

        if (_kept.TryAdd(key, png))
        {
            Interlocked.Add(ref _size, png.Length);
        }
    }

    private void Remove(string key, byte[] png)
    {
        if (_kept.TryRemove(new KeyValuePair<string, byte[]>(key, png)))
        {
            Interlocked.Add(ref _size, -png.Length);
        }
    }

    private void Forget(ImportReport report)
    {
        var changed = report.Imported.Concat(report.Removed).Select(slug => Key(slug, "")).ToList();
        foreach (var (key, png) in _kept)
        {
            if (changed.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)))
            {
                Remove(key, png);
            }
        }
    }

    // A slug never holds a slash (ContentIds), so the slash ends it.
    private static string Key(string slug, string version) => $"{slug}/{version}";

    public void Dispose() => _sync.Imported -= Forget;

    [LoggerMessage(Level = LogLevel.Information, Message = "Share image for {Slug} ({Version}) drawn: {Bytes} bytes in {Milliseconds:0} ms")]
    private partial void LogRendered(string slug, string version, int bytes, double milliseconds);
}

internal static class LocalizerExtensions
{
    /// <summary>A word of the interface in a given language, whatever the current request's.</summary>
    public static string WithCulture(this IStringLocalizer localizer, CultureInfo culture, string name)
    {
        var current = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return localizer[name];
        }
        finally
        {
            CultureInfo.CurrentUICulture = current;
        }
    }
}
