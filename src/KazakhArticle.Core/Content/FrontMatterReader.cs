using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KazakhArticle.Core.Content;

/// <summary>Reads and validates the YAML front matter of an article file.</summary>
internal static class FrontMatterReader
{
    /// <summary>The keys a front matter may have; any other is an error, so a misspelt key is reported rather than ignored.</summary>
    private static readonly string[] Keys = ["title", "slug", "author", "outlet", "language", "genre", "translated-from", "translator", "revised"];

    /// <param name="yaml">The text between the <c>---</c> fences.</param>
    /// <param name="firstLine">The 1-based file line the YAML text starts on.</param>
    public static ArticleMetadata Read(string file, string yaml, int firstLine)
    {
        var raw = ReadKeys(file, yaml, firstLine);
        var problems = new List<ContentProblem>();
        string? Value(string key) => raw.TryGetValue(key, out var value) ? value.Text : null;
        int LineOf(string key) => raw.TryGetValue(key, out var value) ? value.Line : firstLine;
        string Required(string? value, string key)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new ContentProblem(file, firstLine, $"the front matter lacks '{key}'"));
                return "";
            }

            return value.Trim();
        }

        // ISO 8601 only: "03/04/2026" means two different days on either side of the Atlantic.
        DateOnly? Date(string? value, string key)
        {
            if (value is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            problems.Add(new ContentProblem(file, LineOf(key), $"{key} '{value}' is not a date written as yyyy-mm-dd, such as 2026-11-26"));
            return null;
        }

        var metadata = new ArticleMetadata(
            Title: Required(Value("title"), "title"),
            Slug: Required(Value("slug"), "slug"),
            Author: Required(Value("author"), "author"),
            Outlet: Optional(Value("outlet")),
            Language: Required(Value("language"), "language"),
            Genre: Optional(Value("genre")),
            TranslatedFrom: Optional(Value("translated-from")),
            Translator: Optional(Value("translator")),
            Revised: Date(Optional(Value("revised")), "revised"));

        if (metadata.Slug.Length > 0 && !ContentIds.IsValid(metadata.Slug))
        {
            problems.Add(new ContentProblem(file, LineOf("slug"), $"slug '{metadata.Slug}' must be lower-case ASCII letters, digits and single hyphens"));
        }

        // Only the languages the reader knows: one it does not would be imported and then shown by a raw resource key.
        foreach (var (key, value) in new[] { ("language", metadata.Language), ("translated-from", metadata.TranslatedFrom) })
        {
            if (!string.IsNullOrEmpty(value) && !Languages.IsSupported(value))
            {
                problems.Add(new ContentProblem(file, LineOf(key), $"{key} '{value}' is not a language this reader supports ({string.Join(", ", Languages.Codes)})"));
            }
        }

        if (metadata.Genre is { } genre && !Languages.Genres.Contains(genre, StringComparer.Ordinal))
        {
            problems.Add(new ContentProblem(file, LineOf("genre"), $"genre '{genre}' is not one this reader knows ({string.Join(", ", Languages.Genres)})"));
        }

        if (metadata.TranslatedFrom is not null && metadata.Translator is null)
        {
            problems.Add(new ContentProblem(file, LineOf("translated-from"), "a translation must name its 'translator'"));
        }

        if (metadata.Revised is not null && metadata.TranslatedFrom is null)
        {
            problems.Add(new ContentProblem(file, LineOf("revised"), "'revised' dates the revision of a translation; this file is the original"));
        }

        return problems.Count > 0 ? throw new ContentValidationException(problems) : metadata;
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The front matter's keys with their text and line, read with YAML's rules; a YAML mistake, a key that is not one of
    /// <see cref="Keys"/>, a key given twice or a value that is not text is reported with its line.</summary>
    /// <remarks>
    /// Read as YAML's node tree rather than deserialized into a class: the deserializer inspects the class by
    /// reflection on first use, 40 ms of every new instance's start, for nine strings.
    /// </remarks>
    private static Dictionary<string, (string? Text, int Line)> ReadKeys(string file, string yaml, int firstLine)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            var message = (ex.InnerException ?? ex).Message;
            throw new ContentValidationException(file, firstLine + (int)ex.Start.Line - 1, $"invalid front matter: {message}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner says so, without a position, when the text ends inside an open [ or {.
            var line = firstLine + (int)(parser.Current?.Start.Line ?? 1) - 1;
            throw new ContentValidationException(file, line, "invalid front matter: it ends inside an unclosed [ or {");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            throw new ContentValidationException(file, firstLine, "the front matter is empty");
        }

        int LineOf(YamlNode node) => firstLine + (int)node.Start.Line - 1;
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw new ContentValidationException(file, LineOf(stream.Documents[0].RootNode), "invalid front matter: expected lines of 'key: value'");
        }

        var values = new Dictionary<string, (string? Text, int Line)>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (key is null || !Keys.Contains(key, StringComparer.Ordinal))
            {
                throw new ContentValidationException(file, LineOf(keyNode), $"invalid front matter: unknown key '{key ?? keyNode.ToString()}' (the keys are {string.Join(", ", Keys)})");
            }

            if (valueNode is not YamlScalarNode scalar)
            {
                throw new ContentValidationException(file, LineOf(valueNode), $"invalid front matter: '{key}' must be text, not a list or a mapping");
            }

            if (!values.TryAdd(key, (IsNull(scalar) ? null : scalar.Value, LineOf(keyNode))))
            {
                throw new ContentValidationException(file, LineOf(keyNode), $"invalid front matter: '{key}' is given twice");
            }
        }

        return values;
    }

    /// <summary>YAML's plain null: an empty value, <c>~</c> or <c>null</c>.</summary>
    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
}
