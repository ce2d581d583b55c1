using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace KazakhArticle.Web.Publishing;

/// <summary>
/// Published pages in memory, keyed by URL and tagged by what they were rendered from. An import evicts the
/// tags it changed; the size is bounded, so URLs nobody shares cannot fill memory.
/// </summary>
public sealed partial class PageCache(IOptions<PublishingOptions> options, ILogger<PageCache> logger)
{
    /// <summary>The tag of pages that list every article.</summary>
    public const string CatalogTag = "catalog";

    private readonly ConcurrentDictionary<string, PublishedPage> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<PublishedPage?>> _rendering = new(StringComparer.Ordinal);
    private readonly long[] _sizes = new long[Enum.GetValues<PublishedShelf>().Length];
    private long _generation;

    public static string ArticleTag(string slug) => $"article:{slug}";

    /// <summary>Changes whenever pages are evicted: a page rendered across a change is not kept, it may hold the old text.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public int Count => _pages.Count;

    public bool TryGet(string key, out PublishedPage page) => _pages.TryGetValue(key, out page!);

    /// <summary>
    /// The page for <paramref name="key"/>, rendered by <paramref name="render"/> unless it is cached or already being
    /// rendered: a burst of readers on a cold page costs one render, not one each.
    /// </summary>
    public async Task<PublishedPage?> GetOrRenderAsync(string key, Func<Task<PublishedPage?>> render)
    {
        if (_pages.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var generation = Generation;
        var mine = new TaskCompletionSource<PublishedPage?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var rendering = _rendering.GetOrAdd(key, mine.Task);
        if (rendering != mine.Task)
        {
            return await rendering;
        }

        try
        {
            var page = await render();
            if (page is not null && generation == Generation)
            {
                Add(key, page);
            }

            mine.SetResult(page);
            return page;
        }
        catch (Exception ex)
        {
            mine.SetException(ex);
            throw;
        }
        finally
        {
            _rendering.TryRemove(new KeyValuePair<string, Task<PublishedPage?>>(key, mine.Task));
        }
    }

    /// <summary>Drops every page rendered from any of <paramref name="tags"/>.</summary>
    public void Evict(IReadOnlyCollection<string> tags)
    {
        Interlocked.Increment(ref _generation);
        var evicted = 0;
        foreach (var (key, page) in _pages)
        {
            if (page.Tags.Any(tags.Contains) && Remove(key, page))
            {
                evicted++;
            }
        }

        LogEvicted(evicted, tags);
    }

    private void Add(string key, PublishedPage page)
    {
        var limit = page.Shelf == PublishedShelf.Searches ? options.Value.SearchCacheSizeLimitBytes : options.Value.CacheSizeLimitBytes;
        if (page.Size > limit)
        {
            return;
        }

        // Over the shelf's budget, make room on that shelf by dropping whatever comes first: what readers want comes straight back.
        ref var size = ref _sizes[(int)page.Shelf];
        foreach (var (oldKey, oldPage) in _pages)
        {
            if (Interlocked.Read(ref size) + page.Size <= limit)
            {
                break;
            }

            if (oldPage.Shelf == page.Shelf)
            {
                Remove(oldKey, oldPage);
            }
        }

        if (_pages.TryAdd(key, page))
        {
            Interlocked.Add(ref size, page.Size);
        }
    }

    private bool Remove(string key, PublishedPage page)
    {
        if (!_pages.TryRemove(new KeyValuePair<string, PublishedPage>(key, page)))
        {
            return false;
        }

        Interlocked.Add(ref _sizes[(int)page.Shelf], -page.Size);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Page cache: {Count} pages evicted for {Tags}")]
    private partial void LogEvicted(int count, IReadOnlyCollection<string> tags);
}
