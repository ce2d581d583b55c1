using KazakhArticle.Core.Annotations;
using KazakhArticle.Core.Content;
namespace KazakhArticle.Core.Tests.Support;

/// <summary>A throw-away <c>content/</c> folder for a test.</summary>
internal sealed class TempContent : IDisposable
{
    public TempContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "kazakh-article-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
    }

    public string Root { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A copy of the shipped article's folder: its editions and its annotations.</summary>
    public void CopyShippedArticle()
    {
        var target = Path.Combine(Root, "articles", Shipped.Slug);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.ShippedArticle, "*.md").Append(Path.Combine(RepositoryPaths.ShippedArticle, AnnotationFile.Name)).Where(File.Exists))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    /// <summary>The shipped names that mean the same (content/aliases.yaml).</summary>
    public void CopyShippedAliases() =>
        File.Copy(Path.Combine(RepositoryPaths.Content, AliasFile.Name), Path.Combine(Root, AliasFile.Name));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
