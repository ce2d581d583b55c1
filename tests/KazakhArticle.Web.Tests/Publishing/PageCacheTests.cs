using System.Text;
using KazakhArticle.Web.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KazakhArticle.Web.Tests.Publishing;

public sealed class PageCacheTests
{
    private static PublishedPage Page(string text, params string[] tags) =>
        PublishedPage.Create("text/html", Encoding.UTF8.GetBytes(text), tags);

    private static PageCache Cache(long limit = 64 * 1024 * 1024) =>
        new(Options.Create(new PublishingOptions { CacheSizeLimitBytes = limit }), NullLogger<PageCache>.Instance);

    [Fact]
    public async Task A_page_is_rendered_once_and_then_served_from_memory()
    {
        var cache = Cache();
        var renders = 0;
        Task<PublishedPage?> Render()
        {
            renders++;
            return Task.FromResult<PublishedPage?>(Page("<p>one</p>", "article:a"));
        }

        var first = await cache.GetOrRenderAsync("k", Render);
        var second = await cache.GetOrRenderAsync("k", Render);

        Assert.Same(first, second);
        Assert.Equal(1, renders);
    }

    [Fact]
    public async Task Readers_arriving_while_a_page_renders_wait_for_that_render()
    {
        var cache = Cache();
        var gate = new TaskCompletionSource<PublishedPage?>();
        var renders = 0;
        Task<PublishedPage?> Render()
        {
            renders++;
            return gate.Task;
        }

        var readers = Enumerable.Range(0, 8).Select(_ => cache.GetOrRenderAsync("k", Render)).ToList();
        gate.SetResult(Page("<p>one</p>"));
        var pages = await Task.WhenAll(readers);

        Assert.Equal(1, renders);
        Assert.All(pages, page => Assert.Same(pages[0], page));
    }

    [Fact]
    public async Task Eviction_drops_the_pages_of_the_changed_tags_only()
    {
        var cache = Cache();
        await cache.GetOrRenderAsync("a", () => Task.FromResult<PublishedPage?>(Page("a", PageCache.ArticleTag("a"))));
        await cache.GetOrRenderAsync("b", () => Task.FromResult<PublishedPage?>(Page("b", PageCache.ArticleTag("b"))));
        await cache.GetOrRenderAsync("home", () => Task.FromResult<PublishedPage?>(Page("home", PageCache.CatalogTag)));

        cache.Evict([PageCache.ArticleTag("a"), PageCache.CatalogTag]);

        Assert.False(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("home", out _));
        Assert.True(cache.TryGet("b", out _));
    }

    [Fact]
    public async Task A_page_rendered_across_an_import_is_served_once_but_not_kept()
    {
        var cache = Cache();
        var page = await cache.GetOrRenderAsync("a", () =>
        {
            // The content changes while this render reads it: what it made may hold the old text.
            cache.Evict([PageCache.ArticleTag("a")]);
            return Task.FromResult<PublishedPage?>(Page("old", PageCache.ArticleTag("a")));
        });

        Assert.NotNull(page);
        Assert.False(cache.TryGet("a", out _));
    }

    [Fact]
    public async Task Memory_stays_within_the_budget()
    {
        var one = Page(new string('x', 1000));
        var cache = Cache(limit: one.Size * 3);

        for (var i = 0; i < 10; i++)
        {
            await cache.GetOrRenderAsync($"page-{i}", () => Task.FromResult<PublishedPage?>(Page(new string('x', 1000))));
        }

        Assert.InRange(cache.Count, 1, 3);
        Assert.True(cache.TryGet("page-9", out _));
    }

    [Fact]
    public async Task Search_answers_have_a_budget_of_their_own_and_never_push_out_a_page()
    {
        var size = Page(new string('p', 1000)).Size;
        var cache = new PageCache(
            Options.Create(new PublishingOptions { CacheSizeLimitBytes = size * 5, SearchCacheSizeLimitBytes = size * 3 }),
            NullLogger<PageCache>.Instance);
        var pages = Enumerable.Range(0, 5).Select(i => $"page-{i}").ToList();
        foreach (var key in pages)
        {
            await cache.GetOrRenderAsync(key, () => Task.FromResult<PublishedPage?>(Page(new string('p', 1000))));
        }

        for (var i = 0; i < 50; i++)
        {
            await cache.GetOrRenderAsync($"search-{i}", () => Task.FromResult<PublishedPage?>(
                PublishedPage.Create("application/json", Encoding.UTF8.GetBytes(new string('s', 1000)), [PageCache.CatalogTag], PublishedShelf.Searches)));
        }

        Assert.All(pages, key => Assert.True(cache.TryGet(key, out _), key));
        Assert.True(cache.TryGet("search-49", out _));
        Assert.InRange(cache.Count, 6, 8);
    }

    [Fact]
    public void A_coding_is_made_when_first_asked_for_and_its_validator_is_known_before()
    {
        var body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>كازاخستان تختار الخط الأوراسي</p>", 50)));
        var page = PublishedPage.Create("text/html", body, []);
        var etags = Enum.GetValues<ContentCoding>().Select(page.ETagIn).ToList();

        Assert.Equal(etags, Enum.GetValues<ContentCoding>().Select(c => page.In(c).ETag));
        using (var gzip = new System.IO.Compression.GZipStream(new MemoryStream(page.Gzip.Body), System.IO.Compression.CompressionMode.Decompress))
        using (var output = new MemoryStream())
        {
            gzip.CopyTo(output);
            Assert.Equal(body, output.ToArray());
        }

        Assert.Equal(body, Decode(page.Brotli.Body, body.Length));
        Assert.True(page.Brotli.Body.Length < body.Length / 4);
    }

    private static byte[] Decode(byte[] brotli, int length)
    {
        var output = new byte[length];
        Assert.True(System.IO.Compression.BrotliDecoder.TryDecompress(brotli, output, out var written));
        return output[..written];
    }

    [Fact]
    public async Task A_failed_render_is_not_kept_and_the_next_reader_renders_again()
    {
        var cache = Cache();
        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetOrRenderAsync("k", () => throw new InvalidOperationException()));

        var page = await cache.GetOrRenderAsync("k", () => Task.FromResult<PublishedPage?>(Page("ok")));

        Assert.NotNull(page);
    }

    [Theory]
    [InlineData("<p>a</p><!--Blazor-Server-Component-State:CfDJ8abc+/=-->", "<p>a</p>")]
    [InlineData("<p>a</p><!--Blazor-Server-Component-State:x--><!--Blazor-WebAssembly-Component-State:eyJ9-->\n</body>", "<p>a</p>\n</body>")]
    [InlineData("<p>no state</p>", "<p>no state</p>")]
    [InlineData("<p>unterminated <!--Blazor-Server-Component-State:abc", "<p>unterminated <!--Blazor-Server-Component-State:abc")]
    public void Component_state_is_left_out_of_a_published_page(string html, string published)
    {
        Assert.Equal(published, Encoding.UTF8.GetString(PublishedPage.WithoutComponentState(Encoding.UTF8.GetBytes(html))));
    }

    [Fact]
    public void Each_coding_has_its_own_strong_validator_derived_from_the_bytes()
    {
        var page = Page("<p>كازاخستان</p>");
        var same = Page("<p>كازاخستان</p>");
        var other = Page("<p>روسيا</p>");

        Assert.Equal(page.Identity.ETag, same.Identity.ETag);
        Assert.NotEqual(page.Identity.ETag, other.Identity.ETag);
        Assert.Equal(3, new[] { page.Identity.ETag, page.Gzip.ETag, page.Brotli.ETag }.Distinct().Count());
        Assert.All(new[] { page.Identity.ETag, page.Gzip.ETag, page.Brotli.ETag }, etag => Assert.Matches("^\"[A-Za-z0-9_-]+\"$", etag));
    }

    [Theory]
    [InlineData(null, ContentCoding.Identity)]
    [InlineData("", ContentCoding.Identity)]
    [InlineData("gzip", ContentCoding.Gzip)]
    [InlineData("br", ContentCoding.Brotli)]
    [InlineData("gzip, deflate, br, zstd", ContentCoding.Brotli)]
    [InlineData("BR", ContentCoding.Brotli)]
    [InlineData("br;q=0, gzip", ContentCoding.Gzip)]
    [InlineData("br;q=0.2, gzip;q=0.8", ContentCoding.Gzip)]
    [InlineData("*", ContentCoding.Brotli)]
    [InlineData("*;q=0", ContentCoding.Identity)]
    [InlineData("gzip;q=0, *", ContentCoding.Brotli)]
    [InlineData("identity", ContentCoding.Identity)]
    [InlineData("deflate", ContentCoding.Identity)]
    [InlineData(";;;garbage", ContentCoding.Identity)]
    public void The_coding_is_the_best_one_the_client_accepts(string? acceptEncoding, ContentCoding expected)
    {
        Assert.Equal(expected, ContentCodings.Negotiate(acceptEncoding));
    }

    [Theory]
    [InlineData("/ar/articles/x", "", "http://example.org/ar/articles/x")]
    [InlineData("/ar/articles/x", "?view=en&utm_source=a&fbclid=b", "http://example.org/ar/articles/x?view=en")]
    [InlineData("/ar/articles/x", "?fbclid=b&view=en", "http://example.org/ar/articles/x?view=en")]
    [InlineData("/ar/articles/x", "?view=", "http://example.org/ar/articles/x")]
    public void The_cache_key_is_the_url_less_what_no_page_is_built_from(string path, string query, string key)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("Example.org");
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);

        Assert.Equal(key, PageCacheMiddleware.KeyOf(context.Request));
    }

    [Theory]
    [InlineData("/ar/articles/x", "?utm_source=a", true)] // a page: what it is not built from changes nothing
    [InlineData("/api/search", "?q=x", true)]
    [InlineData("/api/search", "?q=x&limit=5", false)] // every parameter may change an answer: not the kept one
    [InlineData("/ar/articles/x", "?q=x", false)]
    public async Task A_kept_answer_is_served_before_routing_by_its_url_alone(string path, string query, bool served)
    {
        var cache = Cache();
        await cache.GetOrRenderAsync("http://example.org/ar/articles/x", () => Task.FromResult<PublishedPage?>(Page("page")));
        var search = Request("/api/search", "?q=x");
        await cache.GetOrRenderAsync(PageCacheMiddleware.SearchKeyOf(search.Request), () => Task.FromResult<PublishedPage?>(Page("answer")));
        var passedOn = false;
        var middleware = new KeptAnswerMiddleware(_ => { passedOn = true; return Task.CompletedTask; }, cache, Options.Create(new PublishingOptions()));
        var context = Request(path, query);

        await middleware.InvokeAsync(context);

        Assert.Equal(served, !passedOn);
        Assert.Equal(served, context.Response.Headers.ETag.Count > 0);
        Assert.Null(context.GetEndpoint()); // no route was matched
    }

    private static DefaultHttpContext Request(string path, string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("example.org");
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        context.Response.Body = new MemoryStream();
        return context;
    }
}
