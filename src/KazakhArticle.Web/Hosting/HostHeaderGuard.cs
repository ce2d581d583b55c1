namespace KazakhArticle.Web.Hosting;

/// <summary>
/// Refuses a request whose Host header names no host, with a 400 before anything reads it. Kestrel lets an empty Host
/// through (HTTP/1.0 has none), and one a URI cannot hold (over 255 characters, a stray character); Blazor's
/// NavigationManager builds the page's base URI from it and threw <see cref="UriFormatException"/>: a 500 on every page.
/// </summary>
internal static class HostHeaderGuard
{
    /// <summary>The longest host name DNS allows.</summary>
    private const int MaxHostLength = 255;

    public static IApplicationBuilder UseHostHeaderGuard(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (IsUsable(context.Request.Host))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync("Bad request: the Host header names no host.", context.RequestAborted);
        });

    internal static bool IsUsable(HostString host) =>
        host.HasValue
        && host.Host.Length is > 0 and <= MaxHostLength
        && Uri.CheckHostName(host.Host.Trim('[', ']')) != UriHostNameType.Unknown
        && Uri.TryCreate($"http://{host.ToUriComponent()}/", UriKind.Absolute, out _);
}
