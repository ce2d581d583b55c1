using System.Text;
using KazakhArticle.Web.Routing;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KazakhArticle.Web.Publishing;

/// <summary>
/// Serves <see cref="PublishedAttribute"/> endpoints from <see cref="PageCache"/>: on a hit, no database query and
/// no component render, only bytes already compressed; a matching <c>If-None-Match</c> gets a 304. On a miss the
/// endpoint renders once and its answer is kept, unless it failed, set a cookie, or the content changed meanwhile.
/// </summary>
public sealed partial class PageCacheMiddleware(RequestDelegate next, PageCache cache, IOptions<PublishingOptions> options, ILogger<PageCacheMiddleware> logger)
{
    private readonly string _cacheControl = options.Value.CacheControl;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var shelf = context.GetEndpoint()?.Metadata.GetMetadata<PublishedAttribute>()?.Shelf;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || shelf is null
            // A page opened from a search marks that search's words: one of endless variants, rendered for the reader.
            || (shelf == PublishedShelf.Pages && !string.IsNullOrEmpty(request.Query[ReaderUrls.QueryParameter])))
        {
            await next(context);
            return;
        }

        var key = shelf == PublishedShelf.Pages ? KeyOf(request) : SearchKeyOf(request);
        if (cache.TryGet(key, out var cached))
        {
            await ServeAsync(context, cached, _cacheControl);
            return;
        }

        var rendered = false;
        var page = await cache.GetOrRenderAsync(key, () =>
        {
            rendered = true;
            return RenderAsync(context, shelf.Value);
        });
        if (page is not null)
        {
            await ServeAsync(context, page, _cacheControl);
        }
        else if (!rendered)
        {
            // The render this request waited on was not a page to keep: this reader gets an answer of its own.
            await next(context);
        }
    }

    /// <summary>
    /// Runs the endpoint into memory. What is not a page to keep (an error, a redirect) goes straight to this client and
    /// null comes back; a reader waiting on the same render then renders for itself.
    /// </summary>
    private async Task<PublishedPage?> RenderAsync(HttpContext context, PublishedShelf shelf)
    {
        var bodyFeature = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        // Not chained to the real body: a flush or start inside the render must not send headers before the ETag is known.
        var capture = new StreamResponseBodyFeature(buffer);
        context.Features.Set<IHttpResponseBodyFeature>(capture);
        try
        {
            await next(context);
            await capture.CompleteAsync();
        }
        finally
        {
            context.Features.Set(bodyFeature);
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            return PublishedPage.Create(response.ContentType ?? "text/html; charset=utf-8", buffer.ToArray(), TagsOf(context), shelf);
        }

        if (response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            LogNotKeptCookie(context.Request.Path);
        }

        response.ContentLength = buffer.Length;
        await bodyFeature.Stream.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
        return null;
    }

    /// <summary>A kept answer, in the coding the client accepts, or a 304 when it has it already.</summary>
    internal static async Task ServeAsync(HttpContext context, PublishedPage page, string cacheControl)
    {
        var request = context.Request;
        var response = context.Response;
        var coding = ContentCodings.Negotiate(request.Headers.AcceptEncoding);
        var etag = page.ETagIn(coding);
        var headers = response.Headers;
        // A first render may have said "do not cache" (the framework's default for pages); that is decided here.
        headers.Pragma = default;
        headers.Expires = default;
        headers.CacheControl = cacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.ETag = etag;

        if (IsNotModified(request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var variant = page.In(coding);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = page.ContentType;
        if (variant.ContentEncoding is { } encoding)
        {
            headers.ContentEncoding = encoding;
        }

        response.ContentLength = variant.Body.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(variant.Body, context.RequestAborted);
        }
    }

    private static bool IsNotModified(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            foreach (var candidate in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                // Weak comparison, as RFC 9110 asks for If-None-Match: a proxy may have weakened the validator.
                if (candidate == "*" || candidate == etag || (candidate.StartsWith("W/", StringComparison.Ordinal) && candidate.AsSpan(2).SequenceEqual(etag)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The URL that decides the bytes: origin (links to the page are absolute), path, and only the parameters a page is built from.</summary>
    internal static string KeyOf(HttpRequest request)
    {
        var key = OriginAndPath(request);
        var separator = '?';
        foreach (var name in ReaderUrls.PageParameterNames)
        {
            var value = request.Query[name];
            if (!string.IsNullOrEmpty(value))
            {
                key.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value.ToString()));
                separator = '&';
            }
        }

        return key.ToString();
    }

    /// <summary>
    /// A search answer's URL, with its query in a fixed order: every parameter may change the answer. A parameter the
    /// endpoint ignores only makes another entry on the searches' shelf, which has a budget of its own.
    /// </summary>
    internal static string SearchKeyOf(HttpRequest request)
    {
        // Never a page's key, which starts with the scheme: the two shelves are looked up by URL alone (KeptAnswerMiddleware).
        var key = OriginAndPath(request).Insert(0, "search ");
        var separator = '?';
        foreach (var (name, values) in request.Query.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var value in values)
            {
                key.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value ?? ""));
                separator = '&';
            }
        }

        return key.ToString();
    }

    /// <summary>The start of every key: origin (links in a page are absolute) and path.</summary>
    private static StringBuilder OriginAndPath(HttpRequest request) => new StringBuilder(128)
        .Append(request.Scheme).Append("://").Append(request.Host.Value?.ToLowerInvariant())
        .Append(request.PathBase.Value).Append(request.Path.Value);

    /// <summary>A page about one article is rendered from it; any other (a search answer too) from the list of all.</summary>
    private static string[] TagsOf(HttpContext context) =>
        context.GetRouteValue("slug") is string slug ? [PageCache.ArticleTag(slug)] : [PageCache.CatalogTag];

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} set a cookie: a published page must not, so it was not kept")]
    private partial void LogNotKeptCookie(PathString path);
}
