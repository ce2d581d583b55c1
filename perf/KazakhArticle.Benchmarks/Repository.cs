namespace KazakhArticle.Benchmarks;

/// <summary>The repository's own files, found from wherever BenchmarkDotNet runs the bench (it builds a copy under bin/).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string ShippedArticle => Path.Combine(Content, "articles", "kazakhstan-eurasian-line");

    public const string Slug = "kazakhstan-eurasian-line";

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KazakhArticle.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"KazakhArticle.sln not found above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}");
    }
}
