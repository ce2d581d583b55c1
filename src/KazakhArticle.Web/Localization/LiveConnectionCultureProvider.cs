using Microsoft.AspNetCore.Localization;

namespace KazakhArticle.Web.Localization;

/// <summary>
/// The interface language of a live connection (<c>/_blazor</c>): the language of the page that opened it, which the
/// page's script names in a cookie scoped to that path. Pages take their language from their URL; a connection has
/// none, and the reader's stored preference or browser may say otherwise.
/// </summary>
public sealed class LiveConnectionCultureProvider : RequestCultureProvider
{
    public const string CookieName = "ka-live-lang";
    public const string ConnectionPath = "/_blazor";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Task.FromResult(
            httpContext.Request.Path.StartsWithSegments(ConnectionPath)
            && httpContext.Request.Cookies[CookieName] is { } code
            && InterfaceLanguages.Codes.Contains(code)
                ? new ProviderCultureResult(code)
                : null);
}
