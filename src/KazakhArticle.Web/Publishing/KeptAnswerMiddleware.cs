using Microsoft.Extensions.Options;

namespace KazakhArticle.Web.Publishing;

/// <summary>
/// Serves a kept answer before anything else looks at the request: its URL is its key, so a hit needs no route
/// match, no compression wrapper and no endpoint, only the bytes compressed when it was kept. A miss goes on to
/// routing and <see cref="PageCacheMiddleware"/>, which renders and keeps it. Only published answers are ever kept,
/// so a URL that is in <see cref="PageCache"/> is one.
/// </summary>
public sealed class KeptAnswerMiddleware(RequestDelegate next, PageCache cache, IOptions<PublishingOptions> options)
{
    private readonly string _cacheControl = options.Value.CacheControl;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && (cache.TryGet(PageCacheMiddleware.KeyOf(request), out var kept) || cache.TryGet(PageCacheMiddleware.SearchKeyOf(request), out kept))
            ? PageCacheMiddleware.ServeAsync(context, kept, _cacheControl)
            : next(context);
    }
}
