using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using KazakhArticle.Web.Hosting;
using KazakhArticle.Web.Sharing;
using KazakhArticle.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KazakhArticle.Web.Tests.Functional;

/// <summary>An article's share image, as the pages name it and as it is served: a PNG of 1200 × 630, kept for good.</summary>
[Collection(ReaderAppGroup.Name)]
public sealed partial class ShareImageTests(SharedReaderApp app)
{
    private readonly HttpClient _client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The image the article page in <paramref name="language"/> names, as a path on the test host.</summary>
    private async Task<string> ImagePathAsync(string language = "ar")
    {
        var page = await app.GetDocumentAsync($"/{language}/articles/{Shipped.Slug}");
        var url = Meta(page, "og:image")!;
        Assert.StartsWith("http://localhost/", url, StringComparison.Ordinal);
        return url["http://localhost".Length..];
    }

    private static string? Meta(IHtmlDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    [Fact]
    public async Task The_article_pages_name_one_image_in_both_languages()
    {
        var arabic = await ImagePathAsync("ar");

        Assert.Matches(ImagePath(), arabic);
        Assert.Equal(arabic, await ImagePathAsync("en"));
        Assert.Equal(arabic, (await ImagePathAsync("ar"))); // the same on every render
    }

    [Fact]
    public async Task The_image_is_a_png_of_1200_by_630()
    {
        using var response = await _client.GetAsync(await ImagePathAsync());
        var png = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(png.Length, response.Content.Headers.ContentLength);
        // The signature, then the IHDR chunk: width and height, big-endian, at bytes 16 and 20.
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
        Assert.Equal(1200, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(630, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task The_image_is_cached_for_good_under_a_strong_etag_that_is_its_version()
    {
        var path = await ImagePathAsync();
        using var first = await _client.GetAsync(path);
        using var second = await _client.GetAsync(path);

        var cacheControl = first.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.Equal(TimeSpan.FromDays(365), cacheControl.MaxAge);
        Assert.Contains(cacheControl.Extensions, e => e.Name == "immutable");
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal($"\"{Path.GetFileNameWithoutExtension(path)}\"", first.Headers.ETag.Tag);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.False(first.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_client_that_has_it_gets_a_304()
    {
        var path = await ImagePathAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{Path.GetFileNameWithoutExtension(path)}\""));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(response.Headers.CacheControl!.Extensions, e => e.Name == "immutable");
    }

    [Fact]
    public async Task Head_answers_without_the_body()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, await ImagePathAsync()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Another_version_of_a_known_article_redirects_to_the_current_one()
    {
        var path = await ImagePathAsync();

        using var response = await _client.GetAsync($"/share/{Shipped.Slug}/0123456789abcdef.png");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/share/no-such-article/0123456789abcdef.png")]
    [InlineData($"/share/{Shipped.Slug}/not-a-version.png")]
    [InlineData($"/share/{Shipped.Slug}/0123456789ABCDEF.png")]
    [InlineData($"/share/{Shipped.Slug}/0123456789abcdef.jpg")]
    public async Task An_unknown_article_or_a_url_no_page_names_is_not_found(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_image_is_drawn_once_and_then_served_from_memory()
    {
        var path = await ImagePathAsync();
        var images = app.Services.GetRequiredService<ShareImages>();
        using (await _client.GetAsync(path))
        {
        }

        var version = Path.GetFileNameWithoutExtension(path);
        Assert.True(images.TryGetKept(Shipped.Slug, version, out var kept));
        using var again = await _client.GetAsync(path);
        Assert.Same(kept, images.TryGetKept(Shipped.Slug, version, out var still) ? still : null);
        Assert.Equal(kept, await again.Content.ReadAsByteArrayAsync());
    }

    [GeneratedRegex($"^/share/{Shipped.Slug}/[0-9a-f]{{16}}\\.png$")]
    private static partial Regex ImagePath();
}

/// <summary>On an instance of its own: a changed title is a new image at a new URL, and the old URL leads to it.</summary>
public sealed class ShareImageVersionTests : IDisposable
{
    private readonly EditableContentAppFactory _app = new();

    [Fact]
    public async Task An_instance_that_never_drew_the_image_answers_a_client_that_has_it_without_drawing_it()
    {
        var path = await ImageAsync("ar");
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{Path.GetFileNameWithoutExtension(path)}\""));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(0, _app.Services.GetRequiredService<ShareImages>().Count);
    }

    [Fact]
    public async Task A_new_title_makes_a_new_image_and_the_old_url_leads_to_it()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var before = await ImageAsync("en");
        using var old = await client.GetAsync(before);
        var oldPng = await old.Content.ReadAsByteArrayAsync();

        var file = _app.ArticleFile("en");
        File.WriteAllText(file, File.ReadAllText(file).Replace("title: Kazakhstan Chooses", "title: Kazakhstan Picks", StringComparison.Ordinal));
        await _app.Services.GetRequiredService<ContentSync>().ImportAsync();

        var after = await ImageAsync("en");
        Assert.NotEqual(before, after);
        Assert.Equal(after, await ImageAsync("ar"));
        using var current = await client.GetAsync(after);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.NotEqual(oldPng, await current.Content.ReadAsByteArrayAsync());
        using var stale = await client.GetAsync(before);
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Equal(after, stale.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_edit_to_a_paragraph_keeps_the_image()
    {
        var before = await ImageAsync("ar");

        var file = _app.ArticleFile("en");
        File.WriteAllText(file, File.ReadAllText(file).Replace("There is a prevailing idea", "There is a common idea", StringComparison.Ordinal));
        var report = await _app.Services.GetRequiredService<ContentSync>().ImportAsync();

        Assert.Equal([Shipped.Slug], report.Imported);
        Assert.Equal(before, await ImageAsync("ar"));
    }

    private async Task<string> ImageAsync(string language)
    {
        var page = await _app.GetDocumentAsync($"/{language}/articles/{Shipped.Slug}");
        return page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!["http://localhost".Length..];
    }

    public void Dispose() => _app.Dispose();
}
