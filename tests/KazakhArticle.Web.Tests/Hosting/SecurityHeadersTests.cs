using System.Net;
using KazakhArticle.Web.Components.Layout;
using KazakhArticle.Web.Tests.Support;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KazakhArticle.Web.Tests.Hosting;

/// <summary>The header set Mozilla Observatory grades A+, on every kind of answer the app gives.</summary>
[Collection(ReaderAppGroup.Name)]
public sealed class SecurityHeadersTests(SharedReaderApp app)
{
    public static TheoryData<string> Urls => new()
    {
        "/ar/articles/" + Shipped.Slug, // rendered, then kept: asked twice below
        "/en",
        "/ar/search?q=x",
        "/api/search?q=x",
        "/api/articles/no-such-article", // an API problem
        "/ar/articles/no-such-article", // the not-found page
        "/js/settings-early.js", // a static file
        "/healthz",
        "/language/en?returnUrl=/ar", // a redirect
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Every_answer_carries_the_headers(string url)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var time = 0; time < 2; time++)
        {
            using var response = await client.GetAsync(url);

            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
            Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
            Assert.Equal("SAMEORIGIN", Header(response, "X-Frame-Options"));
            Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
            Assert.Contains("geolocation=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
            Assert.False(response.Headers.Contains("Server"));
            Assert.NotNull(Header(response, "Content-Security-Policy"));
        }
    }

    [Fact]
    public async Task The_policy_allows_scripts_from_the_site_and_the_one_inline_script_by_its_hash_only()
    {
        using var response = await app.CreateClient().GetAsync("/ar/articles/" + Shipped.Slug);
        var directives = Header(response, "Content-Security-Policy")!.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);
        var inline = app.Services.GetRequiredService<InlineAssets>().Script;

        Assert.Equal(["'self'", inline.CspHash], directives["script-src"]);
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'self'"], directives["base-uri"]);
        Assert.Equal(["'self'"], directives["frame-ancestors"]);
        Assert.Equal(["'self'"], directives["form-action"]);
        Assert.DoesNotContain(directives, d => d.Value.Any(source => source.StartsWith("http", StringComparison.Ordinal) || source == "*"));
    }

    [Fact]
    public async Task The_page_s_inline_script_is_the_one_the_policy_names()
    {
        var page = await app.GetDocumentAsync("/ar/articles/" + Shipped.Slug);
        var inline = Assert.Single(page.QuerySelectorAll("script:not([src])"));

        Assert.Equal(app.Services.GetRequiredService<InlineAssets>().Script.Text, inline.TextContent);
    }

    [Fact]
    public async Task Hsts_asks_for_a_year_over_https_and_is_not_sent_over_http()
    {
        using var https = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        using var overHttps = await https.GetAsync("/ar");
        using var overHttp = await app.CreateClient().GetAsync("/ar");

        Assert.Equal(HttpStatusCode.OK, overHttps.StatusCode);
        Assert.Equal("max-age=31536000", Header(overHttps, "Strict-Transport-Security"));
        Assert.Null(Header(overHttp, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_forwarded_https_scheme_from_the_local_proxy_gets_hsts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ar");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_language_cookie_is_secure_over_https()
    {
        using var https = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        using var overHttps = await https.GetAsync("/language/en?returnUrl=/en");
        using var overHttp = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/language/en?returnUrl=/en");

        Assert.Contains("secure", string.Join(";", overHttps.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", string.Join(";", overHttp.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Kestrel_sends_no_server_header()
    {
        Assert.False(app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;
}
