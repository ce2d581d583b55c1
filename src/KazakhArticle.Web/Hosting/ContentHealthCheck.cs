using System.Text;
using KazakhArticle.Core.Reading;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KazakhArticle.Web.Hosting;

/// <summary>
/// Healthy when the database answers and holds content, and the last import read every article; Degraded, with the
/// reason, while the database is rebuilt after a failed read, or when the last import failed for some content (the
/// last good version of that stays served); Unhealthy when nothing can be read.
/// </summary>
internal sealed class ContentHealthCheck(ArticleCatalog catalog, ContentSync sync) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // Pages kept in memory are served meanwhile; the rest for a few seconds answer 503.
        if (sync.Rebuilding is { } reason)
        {
            return HealthCheckResult.Degraded($"The database is being rebuilt from content after a failed read: {reason}");
        }

        try
        {
            if (!await catalog.HasContentAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database holds no content.");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be read.", ex);
        }

        return sync.LastReport is { } report && (report.Failed.Count > 0 || report.AliasProblems.Count > 0)
            ? HealthCheckResult.Degraded("The last import failed for some content; its last good version is served: "
                + string.Join("; ", report.Failed.SelectMany(f => f.Problems).Concat(report.AliasProblems).Select(p => p.ToString())))
            : HealthCheckResult.Healthy("Content is loaded.");
    }

    /// <summary><c>/healthz</c>: GET and HEAD only; the status as text, then the reason when it is not Healthy.</summary>
    public static void MapContentHealth(IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteAsync })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var text = new StringBuilder(report.Status.ToString());
        foreach (var entry in report.Entries.Values.Where(e => e.Status != HealthStatus.Healthy && e.Description is not null))
        {
            text.Append(": ").Append(entry.Description);
        }

        return context.Response.WriteAsync(text.ToString(), context.RequestAborted);
    }
}
