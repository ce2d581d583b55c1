using System.Globalization;
using System.Threading.RateLimiting;
using KazakhArticle.Web.Routing;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KazakhArticle.Web.Hosting;

/// <summary>
/// Limits on what one client may cost (ASP.NET Core rate limiting, per client address): searches that run (an answer
/// already kept is served from memory, like a page, and costs nothing to limit), live panels started, and live
/// connections held open; and on what all clients together may hold. Over a limit: 429 with Retry-After.
/// </summary>
public static class AbuseLimits
{
    /// <summary>The policy of the endpoints that run a search: the search API, and the live panel's fragment.</summary>
    public const string SearchPolicy = "search";

    /// <summary>Where Blazor's live connections go; negotiation is a short request before each, and not counted.</summary>
    private const string HubPath = "/_blazor";

    public static void AddReaderLimits(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AbuseLimitOptions>().Bind(builder.Configuration.GetSection(AbuseLimitOptions.Section));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AbuseLimitOptions>>((rateLimiter, configured) =>
        {
            var limits = configured.Value;
            rateLimiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            rateLimiter.OnRejected = OnRejectedAsync;
            rateLimiter.AddPolicy(SearchPolicy, context => limits.PerClient
                ? RateLimitPartition.GetTokenBucketLimiter(ClientOf(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.SearchBurst,
                    TokensPerPeriod = limits.SearchesPerPeriod,
                    ReplenishmentPeriod = limits.SearchPeriod,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
            rateLimiter.GlobalLimiter = Connections(limits);
        });
        services.AddOptions<CircuitOptions>().Configure<IOptions<AbuseLimitOptions>>((circuits, limits) =>
        {
            circuits.DisconnectedCircuitMaxRetained = limits.Value.DisconnectedCircuitsRetained;
            circuits.DisconnectedCircuitRetentionPeriod = limits.Value.DisconnectedCircuitRetention;
        });
    }

    /// <summary>
    /// Live connections held open at once: so many per client, so many in all. A request to the hub holds its permit
    /// for as long as it lasts, which for a WebSocket is the life of the connection. Every other request has no limit.
    /// </summary>
    internal static PartitionedRateLimiter<HttpContext> Connections(AbuseLimitOptions limits) =>
        PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(context => IsLiveConnection(context) && limits.PerClient
                ? RateLimitPartition.GetConcurrencyLimiter(ClientOf(context), _ => new ConcurrencyLimiterOptions { PermitLimit = limits.ConnectionsPerClient, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("")),
            PartitionedRateLimiter.Create<HttpContext, string>(context => IsLiveConnection(context)
                ? RateLimitPartition.GetConcurrencyLimiter("all", _ => new ConcurrencyLimiterOptions { PermitLimit = limits.Connections, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("")));

    private static bool IsLiveConnection(HttpContext context) =>
        context.Request.Path.StartsWithSegments(HubPath, out var rest) && !rest.StartsWithSegments("/negotiate");

    /// <summary>The client: its address, as the trusted proxy gave it (see SecurityExtensions).</summary>
    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        // A token bucket knows when the next permit comes; a held connection does not, so a minute is asked.
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (rejected.HttpContext.Request.Path.StartsWithSegments(ReaderUrls.Api))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many searches from this address; try again later.")
                .ExecuteAsync(rejected.HttpContext);
        }
    }
}

/// <summary>What one client, and all together, may cost (<c>Reader:Limits</c>).</summary>
public sealed class AbuseLimitOptions
{
    public const string Section = "Reader:Limits";

    /// <summary>
    /// Whether one address's searches and live connections are limited. Off where one address is not one reader: a load
    /// generator (perf/, deploy/scale-out.sh, the browser tests), or a proxy that does not pass the client's address on.
    /// The limits on all clients together stay.
    /// </summary>
    public bool PerClient { get; set; } = true;

    /// <summary>Searches one client may run at once before it must wait (an answer already kept is not one).</summary>
    public int SearchBurst { get; set; } = 30;

    /// <summary>How many more it may run each <see cref="SearchPeriod"/>.</summary>
    public int SearchesPerPeriod { get; set; } = 10;

    public TimeSpan SearchPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Live connections (one per live search or search page) one client may hold open at once.</summary>
    public int ConnectionsPerClient { get; set; } = 10;

    /// <summary>Live connections all clients together may hold open: each costs 150–200 KiB of heap.</summary>
    public int Connections { get; set; } = 2000;

    /// <summary>Circuits whose connection dropped, kept for their reader to come back to (Blazor's default is 100, for 3 minutes).</summary>
    public int DisconnectedCircuitsRetained { get; set; } = 100;

    /// <summary>How long such a circuit is kept: a live search holds nothing a reader would miss after a minute.</summary>
    public TimeSpan DisconnectedCircuitRetention { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest message a live connection may send: a search of 200 characters is well under 1 KiB.</summary>
    public long MaxMessageBytes { get; set; } = 16 * 1024;
}
