using KazakhArticle.Core.Reading;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KazakhArticle.Web.Hosting;

/// <summary>Healthy when the database answers and holds content to read.</summary>
internal sealed class ContentHealthCheck(ArticleCatalog catalog) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await catalog.HasContentAsync(cancellationToken)
                ? HealthCheckResult.Healthy("Content is loaded.")
                : HealthCheckResult.Unhealthy("The database holds no content.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be read.", ex);
        }
    }
}
