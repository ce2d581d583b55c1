using KazakhArticle.Web.Hosting;
using KazakhArticle.Web.Routing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KazakhArticle.Web.Components.Search;

public static class LiveSearchEndpoints
{
    /// <summary>
    /// The live panel as an HTML fragment, fetched by a page whose reader started typing. Never cached: it carries
    /// this instance's protected component descriptor, which only this instance can open.
    /// </summary>
    public static void MapLiveSearch(this IEndpointRouteBuilder endpoints) =>
        // Declared as IResult: the request delegate generator cannot name a Razor component's type.
        endpoints.MapGet(ReaderUrls.LiveSearchRoute, IResult (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return new RazorComponentResult<LiveSearchHost>();
        })
        // A live panel runs a search a pause in typing: one is started only as often as a search may run.
        .RequireRateLimiting(AbuseLimits.SearchPolicy);
}
