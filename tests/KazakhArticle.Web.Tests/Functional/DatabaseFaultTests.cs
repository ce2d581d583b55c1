using System.Net;
using KazakhArticle.Web.Hosting;
using KazakhArticle.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KazakhArticle.Web.Tests.Functional;

/// <summary>
/// The database deleted while the app runs: it was 500s until a restart, a search silently answered no hits, and
/// /healthz said Healthy. Now the first read that fails rebuilds it, readers get kept pages or a 503 meanwhile, and
/// everything is served again once it is made.
/// </summary>
public sealed class DatabaseFaultTests : IDisposable
{
    private const string Article = "/en/articles/" + Shipped.Slug;

    private readonly ReaderAppFactory _app = new();

    [Fact]
    public async Task A_database_deleted_while_running_is_rebuilt_and_no_reader_gets_a_500_or_a_false_empty_answer()
    {
        using var client = _app.CreateClient();
        using var kept = await client.GetAsync(Article);
        var sync = _app.Services.GetRequiredService<ContentSync>();
        var rebuilt = new TaskCompletionSource<Core.Import.ImportReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        sync.Imported += report => rebuilt.TrySetResult(report);

        Delete(_app.Services.GetRequiredService<IOptions<ReaderOptions>>().Value.DatabasePath);
        using var search = await client.GetAsync("/api/search?q=Tokayev");
        using var page = await client.GetAsync(Article);
        var report = await rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using var searchAfter = await client.GetAsync("/api/search?q=Tokayev");
        using var health = await client.GetAsync("/healthz");

        Assert.True(search.StatusCode == HttpStatusCode.ServiceUnavailable, $"{search.StatusCode} {search.Content.Headers.ContentType} {await search.Content.ReadAsStringAsync()}");
        var body = await search.Content.ReadAsStringAsync();
        Assert.True(search.Content.Headers.ContentType?.MediaType == "application/problem+json", body[..Math.Min(3000, body.Length)]);
        Assert.NotNull(search.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // kept in memory: served throughout
        Assert.Equal([Shipped.Slug], report.Imported); // made again, not found "unchanged"
        Assert.Equal(HttpStatusCode.OK, searchAfter.StatusCode);
        Assert.DoesNotContain("\"total\":0", await searchAfter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_page_that_is_not_kept_gets_a_503_with_retry_after_while_the_database_is_missing()
    {
        using var client = _app.CreateClient();
        var sync = _app.Services.GetRequiredService<ContentSync>();
        var rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        sync.Imported += _ => rebuilt.TrySetResult();

        Delete(_app.Services.GetRequiredService<IOptions<ReaderOptions>>().Value.DatabasePath);
        using var page = await client.GetAsync("/ar/articles/" + Shipped.Slug + "?q=%D9%83");
        await rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>As an operator's mistake would: every connection closed, the file and its journals gone.</summary>
    private static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in (string[])["", "-wal", "-shm"])
        {
            File.Delete(path + suffix);
        }
    }

    public void Dispose() => _app.Dispose();
}
