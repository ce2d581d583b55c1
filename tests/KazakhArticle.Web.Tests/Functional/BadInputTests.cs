using System.Net;
using KazakhArticle.Web.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace KazakhArticle.Web.Tests.Functional;

/// <summary>Input an outside tester sent that gave a 500: each is a 400 or the right page now.</summary>
[Collection(ReaderAppGroup.Name)]
public sealed class BadInputTests(SharedReaderApp app)
{
    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData("2147483648")]
    [InlineData("-1")]
    [InlineData("٣")] // Arabic-Indic three
    [InlineData("")]
    public async Task A_search_page_offset_that_is_no_number_is_the_first_page(string offset)
    {
        using var response = await app.CreateClient().GetAsync($"/ar/search?q=%D9%83%D8%A7%D8%B2%D8%A7%D8%AE%D8%B3%D8%AA%D8%A7%D9%86&offset={Uri.EscapeDataString(offset)}&exact=maybe");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("evil.example:99999")]
    [InlineData("[::1")]
    [InlineData("exa<mple")]
    public async Task A_host_header_that_names_no_host_is_a_400(string host)
    {
        var context = await app.GetWithHostAsync("/ar", host);

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
    }

    [Fact]
    public async Task A_host_header_longer_than_dns_allows_is_a_400()
    {
        var context = await app.GetWithHostAsync("/ar/articles/" + Shipped.Slug, new string('a', 300) + ".example");

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:8080")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]:5000")]
    [InlineData("kazakh.example")]
    public async Task A_host_header_with_a_host_is_served(string host)
    {
        var context = await app.GetWithHostAsync("/ar", host);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/search?q=x&offset=abc", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/search?q=x&limit=1.5", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/search?q=x&exact=maybe", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/search?q=x&offset=2147483648", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/search?q=x&offset=-1", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/search?q=x&lang=fr", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/search?q=x", HttpStatusCode.NotFound)] // the search page's route (/{language}/search) could take a POST, but "api" is no language
    [InlineData("DELETE", "/api/articles", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/articles/no-such-article", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/articles/kazakhstan-eurasian-line/more", HttpStatusCode.NotFound)]
    public async Task An_api_error_is_always_a_problem(string method, string url, HttpStatusCode status)
    {
        using var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":" + (int)status, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ar")]
    [InlineData(Shipped.EnglishArticle)]
    [InlineData("/ar/search?q=x")]
    [InlineData("/ar/articles/no-such-article", HttpStatusCode.NotFound)]
    public async Task A_page_answers_head_as_it_answers_get(string url, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var client = app.CreateClient();
        using var get = await client.GetAsync(url);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        // The body itself Kestrel leaves out of any answer to HEAD; the test server passes it on.
        Assert.Equal((status, status), (get.StatusCode, head.StatusCode));
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
    }
}
