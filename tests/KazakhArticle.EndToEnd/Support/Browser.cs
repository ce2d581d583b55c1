using Microsoft.Playwright;

namespace KazakhArticle.EndToEnd.Support;

/// <summary>Debian's Chromium: Playwright's own browser download cannot run here.</summary>
public static class Browser
{
    public static string ChromiumPath => Environment.GetEnvironmentVariable("KAZAKH_ARTICLE_CHROMIUM") ?? "/usr/bin/chromium";

    public static bool IsAvailable => File.Exists(ChromiumPath);

    public static bool IsRequired => Environment.GetEnvironmentVariable("KAZAKH_ARTICLE_REQUIRE_BROWSER") == "1";

    /// <summary>Flags for a closed network: no background connections, no first-run work.</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    /// <summary>Debian's Chromium with <see cref="Arguments"/>, and any flags a test needs beyond them.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] more) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Args = [.. Arguments, .. more] });
}
