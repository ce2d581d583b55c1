using System.Net;
using System.Text.Json;
using KazakhArticle.Web.Tests.Support;

namespace KazakhArticle.Web.Tests.Functional;

[Collection(ReaderAppGroup.Name)]
public sealed class ApiTests(SharedReaderApp app)
{
    [Fact]
    public async Task Lists_the_articles()
    {
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/articles"));

        var article = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(Shipped.Slug, article.GetProperty("slug").GetString());
        Assert.Equal("جورج حداد", article.GetProperty("author").GetString());
        Assert.Equal("موقع العهد الإخباري", article.GetProperty("outlet").GetString());
        Assert.True(article.GetProperty("readingMinutes").GetInt32() > 1);
    }

    [Fact]
    public async Task Returns_one_article_with_sections_and_paragraphs()
    {
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync($"/api/articles/{Shipped.Slug}"));

        var editions = json.RootElement.GetProperty("editions").EnumerateArray().ToList();
        Assert.Equal(["ar", "en"], editions.Select(e => e.GetProperty("language").GetString()));
        Assert.Equal("ar", editions[1].GetProperty("translatedFrom").GetString());
        Assert.Equal("KazakhArticle", editions[1].GetProperty("translator").GetString());
        Assert.Equal(10, editions[1].GetProperty("notes").GetArrayLength());
        var edition = editions[0];
        var sections = edition.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(8, sections.Count);
        Assert.Equal("kazakhs-and-arabs", sections[0].GetProperty("id").GetString());
        Assert.Equal("الكازاخ والعرب", sections[0].GetProperty("title").GetString());
        var first = sections[0].GetProperty("paragraphs")[0];
        Assert.Equal("kazakhs-and-arabs-p1", first.GetProperty("id").GetString());
        Assert.StartsWith("هناك فكرة سائدة", first.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(55, sections.Sum(s => s.GetProperty("paragraphs").GetArrayLength()));
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_problem()
    {
        using var response = await app.CreateClient().GetAsync("/api/articles/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_is_ok_when_content_is_loaded()
    {
        using var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

public sealed class EmptyContentTests(EmptyContentAppFactory app) : IClassFixture<EmptyContentAppFactory>
{
    [Fact]
    public async Task Health_fails_when_no_content_is_loaded()
    {
        using var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
