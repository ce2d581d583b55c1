using Microsoft.Extensions.Options;
using Serilog.Events;

namespace KazakhArticle.Web.Hosting;

/// <summary>Which requests are written to the log (<c>Reader:RequestLog</c>).</summary>
public sealed class RequestLogOptions
{
    public const string Section = "Reader:RequestLog";

    /// <summary>One successful request in this many is logged; 1 logs them all.</summary>
    public int SampleEvery { get; set; } = 1;

    /// <summary>A request slower than this is always logged, as a warning.</summary>
    public TimeSpan SlowerThan { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// Every failure and every slow request is logged; of the rest, one in <see cref="RequestLogOptions.SampleEvery"/>.
/// Under a front-page audience a line per request would cost more than serving the page.
/// </summary>
public sealed class RequestLogSampler(IOptions<RequestLogOptions> options)
{
    private long _requests;

    public LogEventLevel LevelFor(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        var settings = options.Value;
        if (exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            return LogEventLevel.Error;
        }

        if (elapsedMilliseconds > settings.SlowerThan.TotalMilliseconds)
        {
            return LogEventLevel.Warning;
        }

        return Interlocked.Increment(ref _requests) % Math.Max(1, settings.SampleEvery) == 0 ? LogEventLevel.Information : LogEventLevel.Verbose;
    }
}
