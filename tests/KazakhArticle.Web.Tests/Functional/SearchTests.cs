using System.Net;
using System.Text.Json;
using KazakhArticle.Web.Tests.Support;

namespace KazakhArticle.Web.Tests.Functional;

[Collection(ReaderAppGroup.Name)]
public sealed class SearchTests(SharedReaderApp app)
{
    private const string Baikonur = "بايكونور";

    [Fact]
    public async Task The_api_returns_hits_with_links_to_their_paragraphs()
    {
        using var json = await GetJson($"/api/search?q={Uri.EscapeDataString(Baikonur)}&lang=ar");

        var root = json.RootElement;
        Assert.Equal(Baikonur, root.GetProperty("query").GetString());
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        var first = root.GetProperty("results")[0];
        Assert.Equal(Shipped.Slug, first.GetProperty("slug").GetString());
        Assert.Equal("ar", first.GetProperty("lang").GetString());
        Assert.Equal("overview", first.GetProperty("sectionId").GetString());
        var paragraphId = first.GetProperty("paragraphId").GetString()!;
        Assert.StartsWith("overview-p", paragraphId, StringComparison.Ordinal);
        Assert.EndsWith($"#{paragraphId}", first.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains($"<mark class=\"hit\">{Baikonur}</mark>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("&lang=ar", "ar", "en")]
    [InlineData("&lang=en", "en", "ar")]
    [InlineData("", "ar", "en")] // without a choice, the original
    public async Task The_api_searches_both_editions_and_opens_the_one_asked_for(string lang, string opens, string pair)
    {
        using var json = await GetJson($"/api/search?q=Baikonur{lang}");

        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        Assert.All(results, result =>
        {
            Assert.Equal(opens, result.GetProperty("lang").GetString());
            Assert.Contains($"view={opens}", result.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.Equal(pair, result.GetProperty("pair").GetProperty("lang").GetString());
            var english = (opens == "en" ? result : result.GetProperty("pair")).GetProperty("snippet").GetString();
            Assert.Contains("<mark class=\"hit\">Baikonur</mark>", english, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_search_page_shows_each_hit_beside_the_same_place_in_the_other_edition()
    {
        var page = await app.GetDocumentAsync($"/en/search?q={Uri.EscapeDataString("Baikonur " + Baikonur)}");

        Assert.Equal("en", page.QuerySelector("#search-page-lang option[selected]")?.GetAttribute("value"));
        var hits = page.QuerySelectorAll(".search-results li");
        Assert.Equal(3, hits.Length);
        Assert.All(hits, hit =>
        {
            Assert.Equal(("en", "ltr"), (hit.GetAttribute("lang"), hit.GetAttribute("dir")));
            Assert.Equal("Baikonur", hit.QuerySelector(".hit-snippet mark")?.TextContent);
            var pair = hit.QuerySelector(".hit-pair")!;
            Assert.Equal(("ar", "rtl"), (pair.GetAttribute("lang"), pair.GetAttribute("dir")));
            Assert.Equal(Baikonur, pair.QuerySelector("mark")?.TextContent);
        });
    }

    [Fact]
    public async Task A_misspelt_word_is_answered_for_the_text_s_spelling_saying_so_with_the_way_back()
    {
        using var json = await GetJson("/api/search?q=Nazarbaiev&lang=en");
        using var exact = await GetJson("/api/search?q=Nazarbaiev&lang=en&exact=true");

        Assert.Equal("Nazarbayev", json.RootElement.GetProperty("correction").GetString());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 10);
        // The hit's page marks the words that were searched.
        Assert.Contains("q=Nazarbayev#", json.RootElement.GetProperty("results")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, exact.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, exact.RootElement.GetProperty("correction").ValueKind);
    }

    [Fact]
    public async Task The_search_page_says_what_it_searched_instead_and_links_to_the_words_as_typed()
    {
        var page = await app.GetDocumentAsync("/en/search?q=Nazarbaiev");

        var correction = page.QuerySelector("main .search-correction")!;
        Assert.Contains("\u2068Nazarbayev\u2069", correction.TextContent, StringComparison.Ordinal);
        var back = correction.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal("/en/search?q=Nazarbaiev&exact=true", back);
        Assert.NotEmpty(page.QuerySelectorAll("main .search-results li"));
        Assert.All(page.QuerySelectorAll("main .search-results a.hit-link"), link => Assert.Contains("q=Nazarbayev#", link.GetAttribute("href"), StringComparison.Ordinal));

        var asTyped = await app.GetDocumentAsync(back);

        Assert.Null(asTyped.QuerySelector("main .search-correction"));
        Assert.Empty(asTyped.QuerySelectorAll("main .search-results li"));
        Assert.Contains("Nazarbaiev", asTyped.QuerySelector("main .search-status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_pages_with_a_default_of_20_and_at_most_100()
    {
        using var all = await GetJson("/api/search?q=%D9%83%D8%A7%D8%B2%D8%A7%D8%AE%D8%B3%D8%AA%D8%A7%D9%86&limit=500");
        using var byDefault = await GetJson("/api/search?q=%D9%83%D8%A7%D8%B2%D8%A7%D8%AE%D8%B3%D8%AA%D8%A7%D9%86");
        using var second = await GetJson("/api/search?q=%D9%83%D8%A7%D8%B2%D8%A7%D8%AE%D8%B3%D8%AA%D8%A7%D9%86&offset=20&limit=20");

        var total = all.RootElement.GetProperty("total").GetInt32();
        Assert.True(total > 20, $"{total} hits");
        Assert.Equal(Math.Min(total, 100), all.RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal(20, byDefault.RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal(total, byDefault.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(
            all.RootElement.GetProperty("results").EnumerateArray().Skip(20).Take(20).Select(r => r.GetProperty("url").GetString()),
            second.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()));
    }

    [Theory]
    [InlineData("lang=fr")]
    [InlineData("offset=-1")]
    [InlineData("limit=0")]
    public async Task The_api_rejects_bad_parameters_with_a_clear_400(string parameter)
    {
        using var response = await app.CreateClient().GetAsync($"/api/search?q=x&{parameter}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(201)]
    [InlineData(10_240)]
    public async Task A_query_over_200_characters_is_a_400_from_the_api_and_a_message_on_the_page(int length)
    {
        var query = Uri.EscapeDataString(new string('ك', length));

        using var api = await app.CreateClient().GetAsync($"/api/search?q={query}");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("200", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = await app.GetDocumentAsync($"/search?q={query}");
        Assert.Contains("200", page.QuerySelector("main .search-status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_query_runs_no_search()
    {
        using var json = await GetJson("/api/search?q=");

        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
        var page = await app.GetDocumentAsync("/search");
        Assert.Empty(page.QuerySelectorAll(".search-results li"));
    }

    [Fact]
    public async Task The_search_page_works_without_javascript_as_a_get_form_with_results()
    {
        var page = await app.GetDocumentAsync($"/search?q={Uri.EscapeDataString(Baikonur)}&lang=ar");

        var form = page.QuerySelector("main form.search-form")!;
        Assert.Equal(("get", "/ar/search"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.Equal(Baikonur, form.QuerySelector("input[name=q]")!.GetAttribute("value"));
        var hits = page.QuerySelectorAll(".search-results li");
        Assert.Equal(3, hits.Length);
        Assert.All(hits, hit => Assert.Equal(("ar", "rtl"), (hit.GetAttribute("lang"), hit.GetAttribute("dir"))));
        Assert.All(hits, hit => Assert.Equal(Baikonur, hit.QuerySelector("mark")!.TextContent));
    }

    [Theory]
    [InlineData("/")]
    [InlineData(Shipped.Article)]
    [InlineData("/search")]
    public async Task Every_page_has_a_search_box_that_is_a_plain_form_without_javascript(string url)
    {
        var page = await app.GetDocumentAsync(url);

        var form = page.QuerySelector("header form.header-search")!;
        Assert.Equal(("get", "/ar/search"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
    }

    [Fact]
    public async Task Following_a_hit_marks_the_words_in_the_article()
    {
        var page = await app.GetDocumentAsync($"/articles/{Shipped.Slug}?view=ar&q={Uri.EscapeDataString(Baikonur)}");

        var marks = page.QuerySelectorAll("article mark.hit");
        Assert.Equal(4, marks.Length);
        Assert.All(marks, mark => Assert.Equal(Baikonur, mark.TextContent));
        Assert.NotNull(page.QuerySelector(".hit-navigator [data-hit-step]"));
    }

    [Fact]
    public async Task Following_a_phrase_marks_it_where_it_stands_and_not_its_words_elsewhere()
    {
        var page = await app.GetDocumentAsync($"/articles/{Shipped.Slug}?view=ar&q={Uri.EscapeDataString("«طريق الحرير»")}");

        var marks = page.QuerySelectorAll("article mark.hit");
        Assert.NotEmpty(marks);
        // Every mark is one of the phrase's two words, and the other stands next to it.
        Assert.Equal(0, marks.Length % 2);
        Assert.DoesNotContain(marks, mark => mark.TextContent.Contains("الطريقة", StringComparison.Ordinal));
        Assert.All(marks.Where((_, i) => i % 2 == 1), mark => Assert.EndsWith("الحرير", mark.TextContent, StringComparison.Ordinal));
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "\"", "(", ")", "*", "NEAR(a b)", "a AND", "OR", "NOT x", "col:term", "Terms:x", "'; DROP TABLE Articles; --",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "\u202E\u202Dكازاخستان", "\u0001\u0007", "%00", "{}[]", new string('(', 200),
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_queries_never_fail_and_are_never_echoed_as_markup(string query)
    {
        var client = app.CreateClient();
        var escaped = Uri.EscapeDataString(query);

        foreach (var url in new[] { $"/api/search?q={escaped}", $"/search?q={escaped}", $"/articles/{Shipped.Slug}?q={escaped}" })
        {
            using var response = await client.GetAsync(url);
            Assert.True((int)response.StatusCode < 500, $"{url}: {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", body, StringComparison.OrdinalIgnoreCase);
        }

        var articles = await client.GetStringAsync("/api/articles");
        Assert.Contains(Shipped.Slug, articles, StringComparison.Ordinal);
        Assert.Empty(app.SearchLog.Warnings);
    }

    private async Task<JsonDocument> GetJson(string url)
    {
        using var response = await app.CreateClient().GetAsync(url);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
