using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using KazakhArticle.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KazakhArticle.Web.Tests.Functional;

/// <summary>Reading pages are served like a publication: cacheable everywhere, compressed once, the same bytes on every instance.</summary>
[Collection(ReaderAppGroup.Name)]
public sealed class PublishingTests(SharedReaderApp app)
{
    private const string Article = "/ar/articles/" + Shipped.Slug;

    public static TheoryData<string> PublishedUrls =>
    [
        "/ar",
        "/en",
        Article,
        $"/en/articles/{Shipped.Slug}?view=parallel",
        $"/en/articles/{Shipped.Slug}?view=en",
        "/api/articles",
        $"/api/articles/{Shipped.Slug}",
        "/api/search?q=Baikonur&lang=en",
        "/api/search?q=%D9%83%D8%A7%D8%B2%D8%A7%D8%AE%D8%B3%D8%AA%D8%A7%D9%86",
    ];

    private readonly HttpClient _client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [MemberData(nameof(PublishedUrls))]
    public async Task Published_answers_are_public_cacheable_validated_and_set_no_cookie(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.False(cacheControl.NoStore || cacheControl.NoCache || cacheControl.Private);
        Assert.True(cacheControl.MaxAge > TimeSpan.Zero);
        Assert.True(cacheControl.SharedMaxAge > TimeSpan.Zero);
        Assert.Contains(cacheControl.Extensions, e => e.Name == "stale-while-revalidate" && int.Parse(e.Value!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var etag = response.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.False(response.Headers.Contains("Pragma"));
    }

    [Theory]
    [MemberData(nameof(PublishedUrls))]
    public async Task A_matching_etag_gets_304_without_a_body_and_another_gets_the_page(string url)
    {
        using var first = await _client.GetAsync(url);
        var etag = first.Headers.ETag!;

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        revalidate.Headers.IfNoneMatch.Add(etag);
        using var notModified = await _client.SendAsync(revalidate);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.True(notModified.Headers.CacheControl!.Public);

        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"an-old-version\""));
        using var fresh = await _client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await fresh.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("br;q=0, gzip;q=0", null)]
    [InlineData("identity", null)]
    public async Task Pages_come_in_the_best_coding_the_client_accepts_with_a_validator_of_their_own(string acceptEncoding, string? expected)
    {
        using var plain = await _client.GetAsync(Article);
        var identity = await plain.Content.ReadAsByteArrayAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, Article);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        using var response = await _client.SendAsync(request);

        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Equal(identity, Decode(body, expected));
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        if (expected is null)
        {
            Assert.Equal(plain.Headers.ETag, response.Headers.ETag);
        }
        else
        {
            Assert.NotEqual(plain.Headers.ETag, response.Headers.ETag);
            Assert.True(body.Length < identity.Length / 4, $"{expected}: {body.Length} of {identity.Length} bytes");
        }
    }

    [Fact]
    public async Task A_reading_page_loads_no_blazor_script_and_carries_no_component_state()
    {
        var html = await _client.GetStringAsync(Article);
        var page = new HtmlParser().ParseDocument(html);

        Assert.DoesNotContain(page.Scripts, s => (s.Source ?? "").Contains("blazor", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Component-State", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--Blazor:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("RequestVerificationToken", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_parameters_a_page_is_not_built_from_do_not_change_its_bytes()
    {
        using var plain = await _client.GetAsync(Article);
        using var tracked = await _client.GetAsync($"{Article}?utm_source=share&fbclid=abc123");

        Assert.Equal(plain.Headers.ETag, tracked.Headers.ETag);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), await tracked.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_page_opened_from_a_search_is_rendered_for_that_search()
    {
        using var marked = await _client.GetAsync($"{Article}?view=ar&q=%D8%A8%D8%A7%D9%8A%D9%83%D9%88%D9%86%D9%88%D8%B1");

        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        Assert.Contains("<mark", await marked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(marked.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Pages_name_their_canonical_url_and_their_other_languages()
    {
        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync($"/en/articles/{Shipped.Slug}?view=parallel&utm_source=x"));

        string? Link(string selector) => page.QuerySelector(selector)?.GetAttribute("href");
        Assert.Equal($"http://localhost/en/articles/{Shipped.Slug}?view=parallel", Link("link[rel=canonical]"));
        Assert.Equal($"http://localhost/ar/articles/{Shipped.Slug}?view=parallel", Link("link[rel=alternate][hreflang=ar]"));
        Assert.Equal($"http://localhost/en/articles/{Shipped.Slug}?view=parallel", Link("link[rel=alternate][hreflang=en]"));
        Assert.Equal($"http://localhost/articles/{Shipped.Slug}?view=parallel", Link("link[rel=alternate][hreflang=x-default]"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
    }

    [Theory]
    [InlineData(Shipped.Article, "en", null, Shipped.EnglishArticle)]
    [InlineData(Shipped.Article + "?view=parallel&q=Baikonur", "en-GB,en;q=0.8", null, Shipped.EnglishArticle + "?view=parallel&q=Baikonur")]
    [InlineData(Shipped.Article + "?view=en", "en", "ar", Shipped.ArabicArticle + "?view=en")]
    [InlineData(Shipped.Article, "fr", null, Shipped.ArabicArticle)]
    [InlineData("/", "en", null, "/en")]
    [InlineData("/search?q=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7", "ar", null, "/ar/search?q=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7")]
    public async Task A_url_without_a_language_redirects_to_the_readers_keeping_the_query(string url, string acceptLanguage, string? cookie, string location)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", $".AspNetCore.Culture=c%3D{cookie}%7Cuic%3D{cookie}");
        }

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.Contains("Accept-Language", response.Headers.Vary);
        Assert.Contains("Cookie", response.Headers.Vary);
    }

    [Fact]
    public async Task Each_search_is_an_answer_of_its_own_and_a_refused_one_is_not_kept()
    {
        var answers = new List<(string Body, EntityTagHeaderValue ETag)>();
        foreach (var url in new[] { "/api/search?q=Baikonur&lang=en", "/api/search?q=Baikonur&lang=ar", "/api/search?lang=en&q=Baikonur&limit=1", "/api/search?q=Nazarbayev&lang=en" })
        {
            using var response = await _client.GetAsync(url);
            answers.Add((await response.Content.ReadAsStringAsync(), response.Headers.ETag!));
        }

        Assert.Equal(4, answers.Select(a => a.ETag).Distinct().Count());
        Assert.Equal(4, answers.Select(a => a.Body).Distinct().Count());

        // The same parameters in another order are the same answer.
        using var reordered = await _client.GetAsync("/api/search?lang=en&q=Baikonur");
        Assert.Equal(answers[0].ETag, reordered.Headers.ETag);

        using var refused = await _client.GetAsync("/api/search?q=Baikonur&lang=fr");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Null(refused.Headers.ETag);
        Assert.False(refused.Headers.CacheControl?.Public ?? false);
    }

    [Fact]
    public async Task The_live_search_fragment_is_a_live_component_that_no_cache_keeps()
    {
        using var response = await _client.GetAsync("/en/live/search");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.StartsWith("<!--Blazor:{\"type\":\"server\"", (await response.Content.ReadAsStringAsync()).TrimStart(), StringComparison.Ordinal);
    }

    private static byte[] Decode(byte[] body, string? coding)
    {
        if (coding is null)
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
