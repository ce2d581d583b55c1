using System.Security.Cryptography;
using System.Text;
using KazakhArticle.Core.Annotations;

namespace KazakhArticle.Core.Content;

/// <summary>
/// What reading one article folder gave: the article; or, when its files are byte for byte those of a stored article,
/// that article's slug (<paramref name="Unchanged"/>), the files not parsed; or why it could not be read.
/// </summary>
public sealed record ArticleReadResult(string Folder, ArticleContent? Article, IReadOnlyList<ContentProblem> Problems, string? Unchanged = null)
{
    public bool Succeeded => Article is not null || Unchanged is not null;

    /// <summary>The article's slug, when it was read (in part, at least).</summary>
    public string? Slug => Article?.Slug ?? Unchanged ?? OriginalAlone?.Slug;

    /// <summary>
    /// When the article failed in its translation only: its original, sound on its own, which is served where nothing
    /// better of the article is stored, rather than nothing. Its hash is not the folder's (<see cref="IsOriginalAlone"/>),
    /// so the folder is read again, and its problems told again, at every import until it is mended.
    /// </summary>
    public ArticleContent? OriginalAlone { get; init; }

    // The mark takes the place of the hash's last characters: a stored hash is 64 characters.
    private const string OriginalAloneMark = "alone:";

    /// <summary>Whether a stored article's hash is that of an original stored without its translation.</summary>
    public static bool IsOriginalAlone(string contentHash) => contentHash.StartsWith(OriginalAloneMark, StringComparison.Ordinal);

    internal static ArticleContent? OriginalAloneOf(IReadOnlyList<EditionContent> editions, IReadOnlyList<ContentProblem> problems, string contentHash)
    {
        // Only an original that is sound: the one edition that says it is one, with no problem in its own file.
        var originals = editions.Where(e => e.TranslatedFrom is null).ToList();
        return originals is [var original] && !problems.Any(p => p.File == original.SourceFile)
            ? new ArticleContent(original.Metadata.Slug, OriginalAloneMark + contentHash[..^OriginalAloneMark.Length], [original])
            : null;
    }
}

/// <summary>
/// Reads <c>content/articles/&lt;folder&gt;/&lt;language&gt;.md</c>: one folder an article, one file a language.
/// Other files in a folder (such as the text as received) are provenance and are not read.
/// </summary>
public static class ContentLibrary
{
    public static IReadOnlyList<ArticleReadResult> Read(string contentRoot, ArticleLink link, EntityLink? entityLink = null) => Read(contentRoot, link, null, entityLink);

    /// <param name="contentRoot">The folder that holds <c>articles/</c>.</param>
    /// <param name="link">The URL of an article's page in an edition, for the links written into its HTML.</param>
    /// <param name="stored">
    /// Slugs of the articles already imported, by content hash: a folder whose files hash to one of them is not parsed
    /// again. Its files are the ones that article was parsed from (the hash covers the file names and their bytes), so
    /// parsing would give that article again: a parser that stores something else comes with a new cache version
    /// (<see cref="Storage.ReaderDatabase"/>), so an empty cache. A start with nothing changed skips the parser.
    /// </param>
    /// <param name="entityLink">The URL of an entity's card, for the mentions linked in the HTML; none, no links.</param>
    public static IReadOnlyList<ArticleReadResult> Read(string contentRoot, ArticleLink link, IReadOnlyDictionary<string, string>? stored, EntityLink? entityLink = null)
    {
        var articlesRoot = Path.Combine(contentRoot, "articles");
        if (!Directory.Exists(articlesRoot))
        {
            throw new DirectoryNotFoundException($"No content folder at '{articlesRoot}'. Set Reader:ContentPath to the folder that holds 'articles/'.");
        }

        var aliases = ReadAliases(contentRoot);
        var results = new List<ArticleReadResult>();
        var slugOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(articlesRoot).Order(StringComparer.Ordinal))
        {
            var result = ReadArticle(contentRoot, folder, link, stored, entityLink, aliases);
            if (result.Unchanged is { } unchanged && slugOwners.ContainsKey(unchanged))
            {
                // A copy of a stored article's folder: parsed, so it is reported as any duplicate is.
                result = ReadArticle(contentRoot, folder, link, null, entityLink, aliases);
            }

            if (result.Slug is { } slug && !slugOwners.TryAdd(slug, result.Folder))
            {
                var file = result.Article?.Original.SourceFile ?? result.Folder;
                result = result with
                {
                    Article = null,
                    Unchanged = null,
                    OriginalAlone = null,
                    Problems = [new ContentProblem(file, 1, $"duplicate slug '{slug}': {slugOwners[slug]} already has it")],
                };
            }

            results.Add(result);
        }

        return results;
    }

    public static ArticleReadResult ReadArticle(string contentRoot, string folder, ArticleLink link, EntityLink? entityLink = null) =>
        ReadArticle(contentRoot, folder, link, null, entityLink, ReadAliases(contentRoot));

    /// <summary>The names that mean the same, with the file's bytes: an annotated article's mentions depend on them.</summary>
    private sealed record AliasNames(byte[]? Bytes, IReadOnlyList<IReadOnlyList<string>> Names);

    private static AliasNames ReadAliases(string contentRoot)
    {
        var path = Path.Combine(contentRoot, AliasFile.Name);
        try
        {
            if (!File.Exists(path))
            {
                return new(null, []);
            }

            var bytes = File.ReadAllBytes(path);
            // A file with a mistake adds no forms here; the import reports its problems where it stores the aliases.
            var (names, problems) = AliasFile.Parse(new UTF8Encoding(false, true).GetString(bytes));
            return new(bytes, problems.Count > 0 ? [] : names);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return new(null, []);
        }
    }

    private static ArticleReadResult ReadArticle(string contentRoot, string folder, ArticleLink link, IReadOnlyDictionary<string, string>? stored, EntityLink? entityLink, AliasNames aliases)
    {
        var folderName = Path.GetRelativePath(contentRoot, folder).Replace('\\', '/');
        var files = Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
        // The annotations are hashed with the text: a change to them is a change to the article.
        var annotationsPath = Path.Combine(folder, AnnotationFile.Name);
        var hashed = File.Exists(annotationsPath) ? [.. files, annotationsPath] : files;
        if (files.Count == 0)
        {
            return new(folderName, null, [new ContentProblem(folderName, 0, "the folder has no markdown file (expected e.g. ar.md)")]);
        }

        // Every file is read and hashed before any is parsed: an unchanged article is known by its bytes alone.
        var read = new List<(string Path, string File, byte[]? Bytes, ContentProblem? Unreadable)>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in hashed)
        {
            var file = Path.GetRelativePath(contentRoot, path).Replace('\\', '/');
            try
            {
                var bytes = File.ReadAllBytes(path);
                hash.AppendData(Encoding.UTF8.GetBytes($"\0{Path.GetFileName(path)}\0"));
                hash.AppendData(bytes);
                read.Add((path, file, bytes, null));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                read.Add((path, file, null, new ContentProblem(file, 0, $"cannot be read: {ex.Message}")));
            }
        }

        // An annotated article's links follow the alias lists too (AnnotationFile.Parse): a change there re-reads it.
        if (File.Exists(annotationsPath) && aliases.Bytes is not null)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"\0{AliasFile.Name}\0"));
            hash.AppendData(aliases.Bytes);
        }

        var contentHash = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (read.TrueForAll(f => f.Bytes is not null) && stored is not null && stored.TryGetValue(contentHash, out var storedSlug))
        {
            return new(folderName, null, [], storedSlug);
        }

        var problems = new List<ContentProblem>();
        var editions = new List<EditionContent>();
        var annotations = ReadAnnotations(read, annotationsPath, aliases.Names, problems);
        Func<ArticleMetadata, MentionLinks>? mentions = annotations?.Annotations is { } found
            ? metadata => MentionLinks.For(found, metadata.Language, metadata.Slug, entityLink)
            : null;
        foreach (var (path, file, bytes, unreadable) in read.Where(f => f.Path != annotationsPath))
        {
            if (unreadable is not null)
            {
                problems.Add(unreadable);
                continue;
            }

            try
            {
                var edition = ArticleMarkdownParser.Parse(file, new UTF8Encoding(false, true).GetString(bytes!), link, mentions);
                var expectedLanguage = Path.GetFileNameWithoutExtension(path);
                if (edition.Language != expectedLanguage)
                {
                    problems.Add(new ContentProblem(file, 1, $"the file is named for '{expectedLanguage}' but its front matter says language '{edition.Language}'"));
                }

                editions.Add(edition);
            }
            catch (ContentValidationException ex)
            {
                problems.AddRange(ex.Problems);
            }
            catch (DecoderFallbackException ex)
            {
                problems.Add(new ContentProblem(file, 0, $"cannot be read: {ex.Message}"));
            }
        }

        if (problems.Count == 0)
        {
            problems.AddRange(CheckEditionsAgree(editions));
        }

        var checkedAnnotations = ArticleAnnotations.None;
        if (problems.Count == 0 && annotations?.Annotations is not null)
        {
            var (result, annotationProblems) = annotations.Check(editions);
            problems.AddRange(annotationProblems);
            checkedAnnotations = result ?? ArticleAnnotations.None;
        }

        return problems.Count > 0
            ? new(folderName, null, problems) { OriginalAlone = ArticleReadResult.OriginalAloneOf(editions, problems, contentHash) }
            : new(folderName, new ArticleContent(editions[0].Metadata.Slug, contentHash, editions) { Annotations = checkedAnnotations }, []);
    }

    /// <summary>The folder's annotations, parsed against the languages its files are named for; null when it has none.</summary>
    private static AnnotationFile? ReadAnnotations(
        List<(string Path, string File, byte[]? Bytes, ContentProblem? Unreadable)> read, string annotationsPath,
        IReadOnlyList<IReadOnlyList<string>> aliases, List<ContentProblem> problems)
    {
        if (read.FirstOrDefault(f => f.Path == annotationsPath) is not { File: not null } entry)
        {
            return null;
        }

        if (entry.Unreadable is not null)
        {
            problems.Add(entry.Unreadable);
            return null;
        }

        string yaml;
        try
        {
            yaml = new UTF8Encoding(false, true).GetString(entry.Bytes!);
        }
        catch (DecoderFallbackException ex)
        {
            problems.Add(new ContentProblem(entry.File, 0, $"cannot be read: {ex.Message}"));
            return null;
        }

        var languages = read.Where(f => f.Path != annotationsPath).Select(f => Path.GetFileNameWithoutExtension(f.Path)).ToList();
        var annotations = AnnotationFile.Parse(entry.File, yaml, languages, aliases);
        problems.AddRange(annotations.Problems);
        return annotations;
    }

    private static IEnumerable<ContentProblem> CheckEditionsAgree(List<EditionContent> editions)
    {
        var originals = editions.Where(e => e.TranslatedFrom is null).ToList();
        if (originals.Count != 1)
        {
            yield return new ContentProblem(editions[0].SourceFile, 1, $"an article needs exactly one original (a file without 'translated-from'); found {originals.Count}");
            yield break;
        }

        var original = originals[0];
        if (editions.Count > 2)
        {
            // The reader sets an original beside its translation, and search finds a place in either of the two.
            yield return new ContentProblem(editions[0].SourceFile, 1, $"an article is read as a pair, its original and one translation; found {editions.Count - 1} translations");
            yield break;
        }

        foreach (var edition in editions.Where(e => e != original))
        {
            if (edition.Metadata.Slug != original.Metadata.Slug)
            {
                yield return new ContentProblem(edition.SourceFile, 1, $"slug '{edition.Metadata.Slug}' differs from the original's '{original.Metadata.Slug}' ({original.SourceFile})");
            }

            if (edition.TranslatedFrom != original.Language)
            {
                yield return new ContentProblem(edition.SourceFile, 1, $"translated-from '{edition.TranslatedFrom}' is not the original's language '{original.Language}'");
            }

            foreach (var problem in CheckAlignment(original, edition))
            {
                yield return problem;
            }
        }
    }

    /// <summary>
    /// Paragraph n of section s in a translation pairs with paragraph n of section s in the original and
    /// shares its id, so both must have the same sections, in order, with the same number of paragraphs.
    /// </summary>
    private static IEnumerable<ContentProblem> CheckAlignment(EditionContent original, EditionContent translation)
    {
        for (var i = 0; i < Math.Max(original.Sections.Count, translation.Sections.Count); i++)
        {
            var expected = i < original.Sections.Count ? original.Sections[i] : null;
            var actual = i < translation.Sections.Count ? translation.Sections[i] : null;
            if (expected?.Id != actual?.Id)
            {
                yield return new ContentProblem(
                    translation.SourceFile,
                    actual?.Line ?? 1,
                    $"section {i + 1} is '{actual?.Id ?? "(none)"}' but the original ({original.SourceFile}) has '{expected?.Id ?? "(none)"}' there; a translation keeps the original's sections, ids and order");
                yield break;
            }

            if (expected!.Paragraphs.Count != actual!.Paragraphs.Count)
            {
                yield return new ContentProblem(
                    translation.SourceFile,
                    actual.Line,
                    $"section '{actual.Id}' has {actual.Paragraphs.Count} paragraphs but the original ({original.SourceFile}) has {expected.Paragraphs.Count}");
            }
        }
    }
}
