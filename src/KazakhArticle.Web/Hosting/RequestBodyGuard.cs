using Microsoft.Net.Http.Headers;

namespace KazakhArticle.Web.Hosting;

/// <summary>
/// Refuses a body in a character set .NET cannot read (UTF-7, or a made-up name) with a 415 before anything reads it:
/// the antiforgery check reads a posted form, and threw <see cref="NotSupportedException"/> for it, which the error
/// page, posted to in turn, threw again: a 500. A request without a Content-Type (every GET) passes untouched.
/// </summary>
internal static class RequestBodyGuard
{
    public static IApplicationBuilder UseRequestBodyGuard(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.ContentType is not { } contentType || IsReadable(contentType))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync("Unsupported media type: the body's character set cannot be read.", context.RequestAborted);
        });

    internal static bool IsReadable(string contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || !mediaType.Charset.HasValue)
        {
            return true; // no character set to get wrong; the endpoint judges the rest
        }

        try
        {
            return mediaType.Encoding is not null;
        }
        catch (Exception ex) when (ex is NotSupportedException or ArgumentException)
        {
            return false;
        }
    }
}
