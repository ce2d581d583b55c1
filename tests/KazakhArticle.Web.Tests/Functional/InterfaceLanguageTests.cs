using System.Net;
using AngleSharp.Html.Parser;
using KazakhArticle.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KazakhArticle.Web.Tests.Functional;

[Collection(ReaderAppGroup.Name)]
public sealed class InterfaceLanguageTests(SharedReaderApp app)
{
    private readonly HttpClient _client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task The_switcher_stores_the_choice_and_returns_to_the_page()
    {
        using var response = await _client.GetAsync("/language/en?returnUrl=%2Farticles%2Fkazakhstan-eurasian-line%3Fview%3Dar");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Shipped.Article + "?view=ar", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den;", cookie, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "en", "ltr", "Contents")]
    [InlineData("ar", "ar", "rtl", "المحتويات")]
    public async Task The_cookie_sets_the_interface_language_over_the_browsers(string chosen, string lang, string dir, string contents)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Shipped.Article);
        request.Headers.Add("Cookie", $".AspNetCore.Culture=c%3D{chosen}%7Cuic%3D{chosen}");
        request.Headers.AcceptLanguage.ParseAdd(chosen == "en" ? "ar" : "en");

        using var redirect = await _client.SendAsync(request);
        Assert.Equal($"/{lang}{Shipped.Article}", redirect.Headers.Location?.OriginalString);
        using var response = await _client.GetAsync(redirect.Headers.Location);

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal((lang, dir), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
        Assert.Equal(contents, page.QuerySelector(".toc-title")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_header_offers_the_other_language_with_a_link_back_to_this_page()
    {
        var page = await app.GetDocumentAsync(Shipped.ArabicArticle + "?view=ar&utm_source=x");

        var link = page.QuerySelector(".language-switcher a")!;
        Assert.Equal("/language/en?returnUrl=%2Fen%2Farticles%2Fkazakhstan-eurasian-line%3Fview%3Dar", link.GetAttribute("href"));
        Assert.Equal(("en", "English"), (link.GetAttribute("lang"), link.TextContent.Trim()));
        Assert.Equal("العربية", page.QuerySelector(".language-switcher [aria-current]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/\t/evil.example")] // a browser removes the tab and follows //evil.example
    [InlineData("/a\u0001r")] // Kestrel refuses a control character in the Location header: it was a 500
    public async Task The_switcher_never_sends_the_reader_off_the_site(string returnUrl)
    {
        using var response = await _client.GetAsync($"/language/ar?returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal((HttpStatusCode.Redirect, "/"), (response.StatusCode, response.Headers.Location?.OriginalString));
    }

    [Fact]
    public async Task A_return_url_with_arabic_in_it_comes_back_encoded()
    {
        using var response = await _client.GetAsync($"/language/ar?returnUrl={Uri.EscapeDataString("/ar/search?q=كازاخستان")}");

        Assert.Equal((HttpStatusCode.Redirect, "/ar/search?q=%D9%83%D8%A7%D8%B2%D8%A7%D8%AE%D8%B3%D8%AA%D8%A7%D9%86"), (response.StatusCode, response.Headers.Location?.OriginalString));
    }

    [Fact]
    public async Task An_unsupported_language_is_not_found()
    {
        using var response = await _client.GetAsync("/language/fr?returnUrl=/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
