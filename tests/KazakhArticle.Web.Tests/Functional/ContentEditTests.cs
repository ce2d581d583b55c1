using System.Net;
using AngleSharp.Html.Parser;
using KazakhArticle.Core.Content;
using KazakhArticle.Core.Import;
using KazakhArticle.Web.Hosting;
using KazakhArticle.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KazakhArticle.Web.Tests.Functional;

/// <summary>An edit to content/ while the app runs is served once imported, and a page rendered before it never again.</summary>
public sealed class ContentEditTests : IDisposable
{
    private const string Article = "/ar/articles/" + Shipped.Slug;
    private const string FirstParagraph = "#overview-p1 p";

    private readonly EditableContentAppFactory _app = new();

    [Fact]
    public async Task A_changed_paragraph_is_served_after_the_import_and_the_old_page_is_gone()
    {
        using var client = _app.CreateClient();
        using var before = await client.GetAsync(Article);
        var oldText = await FirstParagraphAsync(client);

        Edit("ar", oldText, "فقرة عُدّلت للتو.");
        var report = await _app.Services.GetRequiredService<ContentSync>().ImportAsync();

        Assert.Equal([Shipped.Slug], report.Imported);
        Assert.Equal("فقرة عُدّلت للتو.", await FirstParagraphAsync(client));
        using var after = await client.GetAsync(Article);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task Health_is_degraded_with_the_reason_after_a_failed_import_and_healthy_again_once_mended()
    {
        using var client = _app.CreateClient();
        var file = _app.ArticleFile("en");
        var good = File.ReadAllText(file);

        File.WriteAllText(file, good.Replace("genre: opinion", "genre: opinion\ngenre: opinion", StringComparison.Ordinal));
        await _app.Services.GetRequiredService<ContentSync>().ImportAsync();
        using var degraded = await client.GetAsync("/healthz");
        var reason = await degraded.Content.ReadAsStringAsync();

        File.WriteAllText(file, good);
        await _app.Services.GetRequiredService<ContentSync>().ImportAsync();
        using var mended = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, degraded.StatusCode); // still serving: its last good version
        Assert.StartsWith("Degraded: ", reason, StringComparison.Ordinal);
        Assert.Contains("en.md:", reason, StringComparison.Ordinal);
        Assert.Equal("Healthy", await mended.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("FOO")]
    public async Task Health_answers_get_and_head_only(string method)
    {
        using var client = _app.CreateClient();
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz"));
        using var other = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/healthz"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        // A POST is taken for a form sent to a page, and refused as one (no antiforgery token); the others, as methods.
        Assert.Equal(method == "POST" ? HttpStatusCode.BadRequest : HttpStatusCode.MethodNotAllowed, other.StatusCode);
    }

    [Fact]
    public async Task A_search_answer_kept_in_memory_follows_the_edit()
    {
        using var client = _app.CreateClient();
        const string Search = "/api/search?q=%D8%A8%D8%A7%D9%8A%D9%83%D9%88%D9%86%D9%88%D8%B1%D8%AA%D9%8A%D8%AA%D8%AD%D9%88%D9%84&lang=ar";
        using var before = await client.GetAsync(Search);
        Assert.Contains("\"total\":0", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Edit("ar", await FirstParagraphAsync(client), "كلمة بايكونورتيتحول وحدها.");
        await _app.Services.GetRequiredService<ContentSync>().ImportAsync();

        using var after = await client.GetAsync(Search);
        Assert.Contains("\"total\":1", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task An_edit_to_the_aliases_is_followed_by_the_search_answers_kept_in_memory()
    {
        using var client = _app.CreateClient();
        // Peking is not in the text; the shipped aliases make it Beijing, which is. Exact: no spelling correction.
        const string Search = "/api/search?q=Peking&lang=en&exact=true";
        using var before = await client.GetAsync(Search);
        Assert.Contains("\"total\":1", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        File.WriteAllText(_app.ContentFile(AliasFile.Name), "- [Tsar, Czar]\n");
        var report = await _app.Services.GetRequiredService<ContentSync>().ImportAsync();

        Assert.True(report.AliasesChanged);
        using var after = await client.GetAsync(Search);
        Assert.Contains("\"total\":0", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_is_imported_by_itself_within_moments()
    {
        using var client = _app.CreateClient();
        var oldText = await FirstParagraphAsync(client);
        var sync = _app.Services.GetRequiredService<ContentSync>();
        var imported = new TaskCompletionSource<ImportReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        sync.Imported += report =>
        {
            if (report.Imported.Count > 0)
            {
                imported.TrySetResult(report);
            }
        };

        Edit("ar", oldText, "نص جديد يصل وحده.");

        // Bounded: the watcher waits 100 ms after the last write; a watcher that never fires fails here, not hangs.
        await imported.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("نص جديد يصل وحده.", await FirstParagraphAsync(client));
    }

    [Fact]
    public async Task A_bad_edit_keeps_the_last_good_version_served()
    {
        using var client = _app.CreateClient();
        var oldText = await FirstParagraphAsync(client);

        Edit("ar", "{#overview}", "");
        var report = await _app.Services.GetRequiredService<ContentSync>().ImportAsync();

        Assert.Single(report.Failed);
        using var response = await client.GetAsync(Article);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(oldText, await FirstParagraphAsync(client));
    }

    [Fact]
    public async Task Two_instances_render_the_same_bytes_under_the_same_validator()
    {
        using var other = new ReaderAppFactory();
        foreach (var url in new[] { Article, $"/en/articles/{Shipped.Slug}?view=parallel", "/en", "/api/articles" })
        {
            using var one = await _app.CreateClient().GetAsync(url);
            using var two = await other.CreateClient().GetAsync(url);

            Assert.Equal(one.Headers.ETag, two.Headers.ETag);
            Assert.Equal(await one.Content.ReadAsByteArrayAsync(), await two.Content.ReadAsByteArrayAsync());
        }
    }

    private void Edit(string language, string oldText, string newText)
    {
        var file = _app.ArticleFile(language);
        var text = File.ReadAllText(file);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    private static async Task<string> FirstParagraphAsync(HttpClient client) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(Article)).QuerySelector(FirstParagraph)!.TextContent.Trim();

    public void Dispose() => _app.Dispose();
}
