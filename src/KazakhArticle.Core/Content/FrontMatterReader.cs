using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KazakhArticle.Core.Content;

/// <summary>Reads and validates the YAML front matter of an article file.</summary>
internal static partial class FrontMatterReader
{
    // Unknown keys are errors, so a misspelt key is reported rather than silently ignored.
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .Build();

    /// <param name="yaml">The text between the <c>---</c> fences.</param>
    /// <param name="firstLine">The 1-based file line the YAML text starts on.</param>
    public static ArticleMetadata Read(string file, string yaml, int firstLine)
    {
        FrontMatterYaml? raw;
        try
        {
            raw = Deserializer.Deserialize<FrontMatterYaml>(yaml);
        }
        catch (YamlException ex)
        {
            var message = (ex.InnerException ?? ex).Message;
            throw new ContentValidationException(file, firstLine + (int)ex.Start.Line - 1, $"invalid front matter: {message}");
        }

        if (raw is null)
        {
            throw new ContentValidationException(file, firstLine, "the front matter is empty");
        }

        var problems = new List<ContentProblem>();
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

            problems.Add(new ContentProblem(file, firstLine, $"{key} '{value}' is not a date written as yyyy-mm-dd, such as 2026-11-26"));
            return null;
        }

        var metadata = new ArticleMetadata(
            Title: Required(raw.Title, "title"),
            Slug: Required(raw.Slug, "slug"),
            Author: Required(raw.Author, "author"),
            Outlet: Optional(raw.Outlet),
            Language: Required(raw.Language, "language"),
            Genre: Optional(raw.Genre),
            TranslatedFrom: Optional(raw.TranslatedFrom),
            Translator: Optional(raw.Translator),
            Revised: Date(Optional(raw.Revised), "revised"));

        if (metadata.Slug.Length > 0 && !ContentIds.IsValid(metadata.Slug))
        {
            problems.Add(new ContentProblem(file, firstLine, $"slug '{metadata.Slug}' must be lower-case ASCII letters, digits and single hyphens"));
        }

        foreach (var (key, value) in new[] { ("language", metadata.Language), ("translated-from", metadata.TranslatedFrom) })
        {
            if (!string.IsNullOrEmpty(value) && !LanguageTag().IsMatch(value))
            {
                problems.Add(new ContentProblem(file, firstLine, $"{key} '{value}' is not a two- or three-letter language code such as 'ar' or 'en'"));
            }
        }

        if (metadata.TranslatedFrom is not null && metadata.Translator is null)
        {
            problems.Add(new ContentProblem(file, firstLine, "a translation must name its 'translator'"));
        }

        if (metadata.Revised is not null && metadata.TranslatedFrom is null)
        {
            problems.Add(new ContentProblem(file, firstLine, "'revised' dates the revision of a translation; this file is the original"));
        }

        return problems.Count > 0 ? throw new ContentValidationException(problems) : metadata;
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageTag();

    private sealed class FrontMatterYaml
    {
        public string? Title { get; set; }

        public string? Slug { get; set; }

        public string? Author { get; set; }

        public string? Outlet { get; set; }

        public string? Language { get; set; }

        public string? Genre { get; set; }

        public string? TranslatedFrom { get; set; }

        public string? Translator { get; set; }

        public string? Revised { get; set; }
    }
}
