using KazakhArticle.Core.Storage;
using KazakhArticle.Web.Routing;
using Microsoft.AspNetCore.Diagnostics;

namespace KazakhArticle.Web.Hosting;

/// <summary>
/// A request that found the database unusable (deleted or damaged while the app ran) starts its rebuild (see
/// <see cref="ContentSync"/>) and is answered 503 with Retry-After, not 500: the content is being made again and the
/// reader can come back in moments. Pages already kept in memory are served meanwhile without reaching here.
/// </summary>
internal sealed class DatabaseFaultHandler(ReaderConnections connections) : IExceptionHandler
{
    /// <summary>What a rebuild takes: the import of this content is well under a second; a larger one, a few.</summary>
    private const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!connections.ReportFault(exception))
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds;
        // The request's own path: the middleware has already pointed Request.Path at the error page.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path;
        if (!new PathString(path).StartsWithSegments(ReaderUrls.Api))
        {
            return false; // the error page, in the reader's language, with this status (see StatusCodeSelector)
        }

        await TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The content is being rebuilt; try again in a few seconds.")
            .ExecuteAsync(context);
        return true;
    }
}
