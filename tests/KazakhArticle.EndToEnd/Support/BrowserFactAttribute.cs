namespace KazakhArticle.EndToEnd.Support;

/// <summary>
/// A browser test. Without Chromium at <see cref="Browser.ChromiumPath"/> it is reported as skipped with the reason,
/// unless <c>KAZAKH_ARTICLE_REQUIRE_BROWSER=1</c> (set by .ci/run), when it runs and fails for want of a browser.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Browser.IsAvailable && !Browser.IsRequired)
        {
            Skip = $"No Chromium at {Browser.ChromiumPath}: install Debian's chromium (apt-get install chromium) to run the browser tests.";
        }
    }
}

/// <summary>The same, for a test with cases.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!Browser.IsAvailable && !Browser.IsRequired)
        {
            Skip = $"No Chromium at {Browser.ChromiumPath}: install Debian's chromium (apt-get install chromium) to run the browser tests.";
        }
    }
}
