namespace KazakhArticle.Tests.Shared;

/// <summary>Finds the project's own files, wherever the tests run from. Linked into every test project.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string ShippedArticle => Path.Combine(Content, "articles", Shipped.Slug);

    /// <summary>The article exactly as received, kept in the project as provenance.</summary>
    public static string ReceivedText => Path.Combine(ShippedArticle, "received", "000_0d2c753a87fa6b4a.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KazakhArticle.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KazakhArticle.sln not found above " + AppContext.BaseDirectory);
    }
}
