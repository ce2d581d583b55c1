using Microsoft.AspNetCore.Hosting;

namespace KazakhArticle.Tests.Shared;

/// <summary>How every test host runs the app: over a given content folder, with a throw-away database.</summary>
internal static class TestHost
{
    public static void Configure(IWebHostBuilder builder, string contentPath, string databasePath)
    {
        builder.UseEnvironment("Testing");

        // Outside Development the framework's and the build's static assets (blazor.web.js, scoped CSS,
        // fingerprinted scripts) are only mapped from a published app; tests run from the build output.
        builder.UseStaticWebAssets();
        builder.UseSetting("Reader:ContentPath", contentPath);
        builder.UseSetting("Reader:DatabasePath", databasePath);
    }

    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "kazakh-article-tests", Guid.NewGuid().ToString("N") + ".db");
}
