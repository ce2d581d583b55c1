using KazakhArticle.Web.Components.Reading;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace KazakhArticle.Web.Routing;

/// <summary>
/// The URLs without a language (every link shared before languages were in URLs, and "copy link") redirect to the
/// same page in the reader's language: their stored choice, then their browser's. Query and fragment are kept
/// (browsers carry the fragment across a redirect), so a shared paragraph link still lands on its paragraph.
/// </summary>
public static class LanguageRedirects
{
    public static void MapLanguageRedirects(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ReaderUrls.Home(null), ToReaderLanguage);
        endpoints.MapGet(ReaderUrls.ArticlePath, ToReaderLanguage);
        endpoints.MapGet(ReaderUrls.NamesPath, ToReaderLanguage);
        endpoints.MapGet(ReaderUrls.NamePath, ToReaderLanguage);
        endpoints.MapGet(ReaderUrls.TimelinePath, ToReaderLanguage);
        endpoints.MapGet(ReaderUrls.FiguresPath, ToReaderLanguage);
        endpoints.MapGet(ReaderUrls.MapPath, ToReaderLanguage);
        endpoints.MapGet(ReaderUrls.SearchPath, ToReaderLanguage);
    }

    private static RedirectHttpResult ToReaderLanguage(HttpContext context)
    {
        // The answer depends on who asks: private, and never served to someone else by a shared cache.
        context.Response.Headers.CacheControl = "private, no-cache";
        context.Response.Headers.Vary = $"{HeaderNames.Cookie}, {HeaderNames.AcceptLanguage}";
        var request = context.Request;
        var path = request.Path == "/" ? "" : request.Path.ToUriComponent();
        return TypedResults.Redirect($"/{InterfaceText.Language}{path}{request.QueryString.ToUriComponent()}");
    }
}
