using System.Text;
using KazakhArticle.Web.Tests.Support;

namespace KazakhArticle.Web.Tests.Functional;

/// <summary>
/// What an outside tester sends (issue 11): hostile paths, queries, headers, cookies, methods, bodies and encodings,
/// several hundred requests. None may give a 5xx, echo what was sent as markup, send the reader off the site, or
/// answer an API error with anything but a problem.
/// </summary>
public sealed class HostileCorpusTests(HostileCorpusTests.UnlimitedAppFactory app) : IClassFixture<HostileCorpusTests.UnlimitedAppFactory>
{
    /// <summary>The limits on one client's searches would answer most of the corpus with a 429 before it reached anything.</summary>
    public sealed class UnlimitedAppFactory : ReaderAppFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Reader:Limits:PerClient"] = "false",
        };
    }

    // Markup an echo would carry through unescaped; every hostile value below contains one of them.
    private const string Script = "<script>alert(7)</script>";
    private const string Handler = "\"><img src=x onerror=alert(7)>";

    private static readonly string[] Values =
    [
        Script, Handler, "'; DROP TABLE Articles; --", "%", "%zz", "%00", "\u0000", "\u202Eevil", "../../etc/passwd", "..\\..\\web.config",
        new string('ك', 3000), "NEAR(a b) OR *", "{{7*7}}", "${7*7}", "javascript:alert(7)", "//evil.example", "\r\nSet-Cookie: x=1",
    ];

    private static readonly string[] Paths =
    [
        "/", "/ar", "/en", "/fr", Shipped.ArabicArticle, "/ar/articles/no-such", // a NUL in a path Kestrel refuses itself (and the test server cannot send)
        "/ar/articles/..%2F..%2Fappsettings.json", "/ar/articles/" + new string('a', 4000), "/%", "/%zz", "/ar/%D8",
        Shipped.ArabicArticle + "/..", "/api/articles/%01", "/api/articles/..%2F", "/api/search", "/api", "/api/x/y/z",
        "//evil.example", "/%2F%2Fevil.example", "/_blazor", "/_blazor/negotiate", "/ar/live/search", "/healthz", "/language/xx",
        "/js/../appsettings.json", "/App_Data/kazakh-article.db", "/appsettings.json", "/.git/config", "/web.config", "/error",
        "/not-found", Shipped.Article, "/search", "/ar/search", "/en/search", "/js/settings-early.js",
        Shipped.ArabicArticle + "#x", Shipped.ArabicArticle + "?view=../../x", "/ar/articles/%E2%80%AE",
    ];

    private static readonly string[] Queries =
    [
        "q={0}", "q={0}&lang={0}", "q=x&offset={0}", "q=x&limit={0}", "q=x&exact={0}", "view={0}", "returnUrl={0}",
        "q={0}&q={0}", "q=x&offset=99999999999999999999", "q=x&limit=-5", "q=%", "q=%D8", "q=%FF%FE",
    ];

    private static readonly (string Name, string Value)[] Headers =
    [
        ("Accept-Language", "*;q=abc, ar-XX-invalid;q=2, " + new string('x', 2000)),
        ("Accept-Language", Script),
        ("Cookie", ".AspNetCore.Culture=c=xx|uic=" + Uri.EscapeDataString(Script)),
        ("Cookie", ".AspNetCore.Culture=%%%; ka-affinity=" + new string('z', 3000)),
        ("Cookie", "=;;=;" + Handler),
        ("If-None-Match", "\"" + Script + "\", W/, *, ,,,"),
        ("Accept-Encoding", "br;q=x, gzip;q=-1, identity;q=0, *;q=0"),
        ("Accept", "application/problem+json;q=abc, */*;q=-1"),
        ("Range", "bytes=abc-def"),
        ("Range", "bytes=99999999-"),
        ("X-Forwarded-For", "not-an-address, " + Script),
        ("X-Forwarded-Proto", "javascript"),
        ("X-Forwarded-Host", "evil.example"),
        ("Referer", Handler),
        ("User-Agent", Script),
    ];

    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO"];

    private static readonly string[] KindNames = ["paths", "queries", "headers", "methods", "bodies"];

    public static TheoryData<string> Kinds => new(KindNames);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task No_hostile_request_gets_a_5xx_an_echo_or_a_redirect_off_the_site(string kind)
    {
        var requests = Corpus(kind).ToList();
        var failures = new List<string>();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var request in requests)
        {
            var described = $"{request.Method} {request.RequestUri} {string.Join(" ", request.Headers.Select(h => h.Key))}";
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode} for {described}");
            }

            // Escaped, the words stay (&lt;img src=x onerror=…&gt;): the markup is what must not.
            if (body.Contains(Script, StringComparison.OrdinalIgnoreCase) || body.Contains("<img src=x onerror", StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"echoed markup for {described}");
            }

            if (response.Headers.Location is { } location && !IsOnTheSite(location))
            {
                failures.Add($"redirect to {location} for {described}");
            }

            var path = request.RequestUri!.OriginalString;
            if (path.StartsWith("/api/", StringComparison.Ordinal) && (int)response.StatusCode >= 400 && request.Method != HttpMethod.Head
                && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{(int)response.StatusCode} as {response.Content.Headers.ContentType} for {described}");
            }
        }

        Assert.True(requests.Count >= 30, $"{requests.Count} requests");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
        Assert.Empty(app.SearchLog.Warnings);
    }

    [Fact]
    public void The_corpus_is_at_least_300_requests()
    {
        Assert.True(KindNames.Sum(kind => Corpus(kind).Count()) >= 300);
    }

    private static bool IsOnTheSite(Uri location) =>
        location.IsAbsoluteUri
            ? location.Host == "localhost"
            : location.OriginalString.StartsWith('/') && !location.OriginalString.StartsWith("//", StringComparison.Ordinal) && !location.OriginalString.Contains('\\', StringComparison.Ordinal);

    private static IEnumerable<HttpRequestMessage> Corpus(string kind) => kind switch
    {
        "paths" => Paths.Select(path => Get(path)),
        "queries" => from path in (string[])["/ar/search", "/en", "/api/search", Shipped.ArabicArticle, "/language/en"]
                     from query in Queries
                     from value in Values.Take(6)
                     select Get($"{path}?{string.Format(System.Globalization.CultureInfo.InvariantCulture, query, Uri.EscapeDataString(value))}"),
        "headers" => from path in (string[])[Shipped.ArabicArticle, "/api/search?q=x", "/js/settings-early.js", "/", "/ar/search?q=x"]
                     from header in Headers
                     select With(Get(path), header),
        "methods" => from path in (string[])["/ar", Shipped.ArabicArticle, "/api/search?q=x", "/api/articles", "/healthz", "/language/en", "/js/settings-early.js"]
                     from method in Methods
                     select new HttpRequestMessage(new HttpMethod(method), path),
        "bodies" => from path in (string[])["/ar", "/ar/search", "/api/search?q=x", "/api/articles", "/language/en?returnUrl=/ar", "/_blazor/negotiate"]
                    from body in Bodies()
                    select Post(path, body),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static IEnumerable<HttpContent> Bodies()
    {
        yield return new StringContent(Script, Encoding.UTF8, "text/html");
        yield return new StringContent("{\"q\":\"" + Handler.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"", Encoding.UTF8, "application/json");
        yield return new StringContent("q=" + Uri.EscapeDataString(Script) + "&_handler=x&__RequestVerificationToken=forged", Encoding.UTF8, "application/x-www-form-urlencoded");
        yield return Bytes([0xFF, 0xFE, 0x00, 0xD8, 0x00], "application/x-www-form-urlencoded; charset=utf-7");
        yield return Bytes(new byte[64 * 1024], "multipart/form-data; boundary=");
        yield return new StringContent(new string('a', 100_000), Encoding.UTF8, "text/plain");
    }

    private static ByteArrayContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post(string path, HttpContent body) => new(HttpMethod.Post, path) { Content = body };

    private static HttpRequestMessage With(HttpRequestMessage request, (string Name, string Value) header)
    {
        request.Headers.TryAddWithoutValidation(header.Name, header.Value);
        return request;
    }
}
