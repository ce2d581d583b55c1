using KazakhArticle.Web.Routing;

namespace KazakhArticle.Web.Tests.Routing;

/// <summary>
/// The URL Standard's tricky cases for a return URL: everything a browser would take off the site goes home; a local
/// path stays, and what a Location header cannot carry is encoded, never a 500.
/// </summary>
public sealed class LocalRedirectTests
{
    [Theory]
    // Absolute and scheme-relative.
    [InlineData("https://evil.example/")]
    [InlineData("http://evil.example")]
    [InlineData("HTTPS://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("//evil.example/path")]
    [InlineData("///evil.example")]
    [InlineData("////evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("evil.example")]
    [InlineData("evil.example/ar")]
    [InlineData("mailto:a@evil.example")]
    [InlineData("ftp://evil.example")]
    [InlineData("https:evil.example")]
    [InlineData("https:/evil.example")]
    // A backslash is a slash to a browser.
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("\\/evil.example")]
    [InlineData("/\\/evil.example")]
    [InlineData("/ar\\..\\..\\evil")]
    // Tab, CR and LF are removed anywhere, leading and trailing C0 controls and spaces trimmed, before parsing.
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/\r/evil.example")]
    [InlineData("/\r\n/evil.example")]
    [InlineData("\t//evil.example")]
    [InlineData(" //evil.example")]
    [InlineData("\u0000//evil.example")]
    [InlineData("\u001F//evil.example")]
    [InlineData("/\t\\evil.example")]
    [InlineData("\t\n\r")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData(null)]
    // Other control characters make it no link of this site's: Kestrel would refuse them in a Location header.
    [InlineData("/a\u0000r")]
    [InlineData("/ar\u0007/x")]
    [InlineData("/a\u007Fr")]
    [InlineData("/ar\u0085")]
    [InlineData("/ar/\u202Eevil")]
    [InlineData("/ar\u200B")]
    // Relative without a leading slash, or a fragment or query alone: not a path.
    [InlineData("ar/articles")]
    [InlineData("../evil")]
    [InlineData("?q=1")]
    [InlineData("#x")]
    // A fullwidth solidus and other look-alikes are not slashes to the check, and end up encoded.
    [InlineData("\uFF0F\uFF0Fevil.example")]
    [InlineData("\u2215\u2215evil.example")]
    public void Anything_a_browser_would_take_off_the_site_goes_home(string? returnUrl) =>
        Assert.Equal("/", LocalRedirect.Target(returnUrl));

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/ar", "/ar")]
    [InlineData(Shipped.EnglishArticle + "?view=ar#overview-p2", Shipped.EnglishArticle + "?view=ar#overview-p2")]
    [InlineData("/ar/search?q=%D9%83", "/ar/search?q=%D9%83")]
    [InlineData("/%2F%2Fevil.example", "/%2F%2Fevil.example")] // encoded slashes are a path segment, not an authority
    [InlineData("/ar/search?q=//evil.example", "/ar/search?q=//evil.example")] // in the query, slashes are text
    [InlineData("/ar/search?q=كازاخستان", "/ar/search?q=%D9%83%D8%A7%D8%B2%D8%A7%D8%AE%D8%B3%D8%AA%D8%A7%D9%86")]
    [InlineData("/ar/search?q=a b", "/ar/search?q=a%20b")]
    [InlineData("  /ar  ", "/ar")] // trimmed, as a browser trims
    [InlineData("/a\tr", "/ar")] // a tab inside goes, as a browser removes it
    [InlineData("/ar\u0000", "/ar")] // C0 controls at the ends are trimmed, as a browser trims them
    [InlineData("/ar/../en", "/ar/../en")] // dot segments stay on the origin
    public void A_local_path_stays_as_a_browser_would_read_it(string returnUrl, string expected) =>
        Assert.Equal(expected, LocalRedirect.Target(returnUrl));

    [Fact]
    public void The_target_is_always_a_header_kestrel_accepts()
    {
        string[] inputs = ["/ar/search?q=كازاخستان", "/é", "/\uD83D\uDE00", "/ar\u00A0x", "/\uFFFD"];

        Assert.All(inputs.Select(LocalRedirect.Target), target => Assert.All(target, c => Assert.InRange(c, '\u0021', '\u007E')));
    }
}
