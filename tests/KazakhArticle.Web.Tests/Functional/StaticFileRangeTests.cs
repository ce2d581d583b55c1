using System.Net;
using KazakhArticle.Web.Tests.Support;

namespace KazakhArticle.Web.Tests.Functional;

/// <summary>
/// Ranges on a static file, as RFC 9110 has them: a malformed one is ignored, one past the end is a 416 that says the
/// length, never the not-found page (issue 11). A satisfiable range is the framework's: the test host serves files
/// from the build output, where a 206 carries the whole file; the published app sends the range.
/// </summary>
[Collection(ReaderAppGroup.Name)]
public sealed class StaticFileRangeTests(SharedReaderApp app)
{
    private const string File = "/js/settings-early.js";

    [Theory]
    [InlineData("bytes=abc-def")]
    [InlineData("bytes=5-2")]
    [InlineData("bytes=")]
    public async Task A_malformed_range_is_ignored_and_the_whole_file_sent(string range)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, File);
        request.Headers.TryAddWithoutValidation("Range", range);
        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_range_past_the_end_is_a_416_that_says_the_length_not_the_not_found_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, File);
        request.Headers.TryAddWithoutValidation("Range", "bytes=99999999-");
        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.NotNull(response.Content.Headers.ContentRange);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
