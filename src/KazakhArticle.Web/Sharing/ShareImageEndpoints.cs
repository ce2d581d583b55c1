using KazakhArticle.Web.Routing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace KazakhArticle.Web.Sharing;

/// <summary>The share images pages name in their Open Graph and Twitter tags (<see cref="Components.Layout.PageHead"/>).</summary>
public static class ShareImageEndpoints
{
    /// <summary>A URL names one version's bytes for good (the version is in it), so caches may keep it for a year unasked.</summary>
    internal const string CacheControl = "public, max-age=31536000, immutable";

    public static void AddReaderSharing(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ShareImageOptions>().Bind(builder.Configuration.GetSection(ShareImageOptions.Section));
        services.AddSingleton<ShareFonts>();
        services.AddSingleton<ShareImageRenderer>();
        services.AddSingleton<ShareImages>();
    }

    /// <summary>
    /// <c>GET /share/{slug}/{version}.png</c>: the image, with a strong ETag (its version) and a year's
    /// <c>Cache-Control</c>; a 304 for <c>If-None-Match</c> with it; a redirect to the current version for another
    /// (a crawler holding a page from before a title changed gets today's image); 404 for an unknown article.
    /// </summary>
    public static void MapShareImages(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(ReaderUrls.ShareImageRoute, [HttpMethods.Get, HttpMethods.Head], ServeAsync);

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, RedirectHttpResult, NotFound>> ServeAsync(
        string slug, string version, HttpContext context, ShareImages images, CancellationToken cancellationToken)
    {
        if (images.TryGetKept(slug, version, out var kept))
        {
            return Image(context, kept, version);
        }

        // Only what a version can look like reaches the database: made-up URLs cost nothing.
        if (!ShareCard.IsVersion(version) || await images.FindCardAsync(slug, cancellationToken) is not { } card)
        {
            return TypedResults.NotFound();
        }

        var current = ShareImages.VersionOf(card);
        if (current != version)
        {
            return TypedResults.Redirect(ReaderUrls.ShareImage(slug, current));
        }

        // A client that holds this version needs no drawing on an instance that has not drawn it yet.
        var etag = ETag(version);
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false) || tag.Equals(EntityTagHeaderValue.Any)))
        {
            context.Response.Headers.CacheControl = CacheControl;
            context.Response.Headers.ETag = etag.ToString();
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return Image(context, await images.GetOrRenderAsync(card), version);
    }

    private static FileContentHttpResult Image(HttpContext context, byte[] png, string version)
    {
        context.Response.Headers.CacheControl = CacheControl;
        // The file result answers If-None-Match (304) and HEAD (no body) itself.
        return TypedResults.Bytes(png, ShareImageRenderer.ContentType, entityTag: ETag(version));
    }

    /// <summary>
    /// Strong: the bytes are a function of the version (the card, the drawing, the fonts) on every instance of a build on
    /// the same kind of CPU. Skia picks its code paths by CPU, so on another kind an edge pixel's shade might differ by a
    /// step; an image a client keeps on that ground is one nobody could tell apart.
    /// </summary>
    private static EntityTagHeaderValue ETag(string version) => new($"\"{version}\"");
}
