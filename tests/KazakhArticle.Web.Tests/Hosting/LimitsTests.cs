using System.Net;
using KazakhArticle.Web.Hosting;
using KazakhArticle.Web.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace KazakhArticle.Web.Tests.Hosting;

/// <summary>One client's searches are limited, with 429 and Retry-After; what is already kept is served regardless.</summary>
public sealed class LimitsTests(LimitsTests.LimitedAppFactory app) : IClassFixture<LimitsTests.LimitedAppFactory>
{
    /// <summary>Two searches, then one an hour: the test never waits for a permit to come back.</summary>
    public sealed class LimitedAppFactory : ReaderAppFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Reader:Limits:SearchBurst"] = "2",
            ["Reader:Limits:SearchesPerPeriod"] = "1",
            ["Reader:Limits:SearchPeriod"] = "01:00:00",
        };
    }

    [Fact]
    public async Task Searches_past_the_limit_are_refused_with_retry_after_and_kept_answers_still_served()
    {
        using var client = app.CreateClient();
        using var first = await client.GetAsync("/api/search?q=Baikonur");
        using var second = await client.GetAsync("/api/search?q=Kazakhstan");
        using var third = await client.GetAsync("/api/search?q=Russia");
        using var live = await client.GetAsync("/en/live/search");
        using var again = await client.GetAsync("/api/search?q=Baikonur");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.InRange(third.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 3600);
        Assert.Equal(HttpStatusCode.TooManyRequests, live.StatusCode); // the live panel runs searches too
        Assert.True(live.Headers.RetryAfter is not null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode); // kept: served from memory, like a page
    }

    [Fact]
    public void Live_connections_are_limited_per_client_and_in_all_and_nothing_else_is()
    {
        using var limiter = AbuseLimits.Connections(new AbuseLimitOptions { ConnectionsPerClient = 1, Connections = 2 });

        using var a = limiter.AttemptAcquire(Request("/_blazor", "10.0.0.1"));
        using var aAgain = limiter.AttemptAcquire(Request("/_blazor", "10.0.0.1"));
        using var b = limiter.AttemptAcquire(Request("/_blazor", "10.0.0.2"));
        using var c = limiter.AttemptAcquire(Request("/_blazor", "10.0.0.3"));
        using var negotiate = limiter.AttemptAcquire(Request("/_blazor/negotiate", "10.0.0.1"));
        using var page = limiter.AttemptAcquire(Request("/ar/articles/x", "10.0.0.1"));

        Assert.Equal((true, false, true, false), (a.IsAcquired, aAgain.IsAcquired, b.IsAcquired, c.IsAcquired));
        Assert.True(negotiate.IsAcquired);
        Assert.True(page.IsAcquired);
    }

    [Fact]
    public async Task Without_limits_per_client_searches_past_the_burst_are_answered()
    {
        await using var unlimited = new UnlimitedAppFactory();
        using var client = unlimited.CreateClient();

        foreach (var query in new[] { "Baikonur", "Kazakhstan", "Russia", "China" })
        {
            using var response = await client.GetAsync($"/api/search?q={query}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    /// <summary>The same low limits as <see cref="LimitedAppFactory"/>, with the per-client ones lifted.</summary>
    private sealed class UnlimitedAppFactory : ReaderAppFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Reader:Limits:PerClient"] = "false",
            ["Reader:Limits:SearchBurst"] = "2",
            ["Reader:Limits:SearchesPerPeriod"] = "1",
            ["Reader:Limits:SearchPeriod"] = "01:00:00",
        };
    }

    [Fact]
    public void Without_limits_per_client_only_the_limit_on_all_stays()
    {
        using var limiter = AbuseLimits.Connections(new AbuseLimitOptions { PerClient = false, ConnectionsPerClient = 1, Connections = 2 });

        using var a = limiter.AttemptAcquire(Request("/_blazor", "10.0.0.1"));
        using var aAgain = limiter.AttemptAcquire(Request("/_blazor", "10.0.0.1"));
        using var aThird = limiter.AttemptAcquire(Request("/_blazor", "10.0.0.1"));

        Assert.Equal((true, true, false), (a.IsAcquired, aAgain.IsAcquired, aThird.IsAcquired));
    }

    [Fact]
    public void A_connection_that_ends_gives_its_place_back()
    {
        using var limiter = AbuseLimits.Connections(new AbuseLimitOptions { ConnectionsPerClient = 1, Connections = 10 });

        limiter.AttemptAcquire(Request("/_blazor", "10.0.0.1")).Dispose();
        using var next = limiter.AttemptAcquire(Request("/_blazor", "10.0.0.1"));

        Assert.True(next.IsAcquired);
    }

    private static DefaultHttpContext Request(string path, string address)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        return context;
    }
}
