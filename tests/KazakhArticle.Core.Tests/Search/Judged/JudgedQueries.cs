using System.Text.Json;
using System.Text.Json.Serialization;

namespace KazakhArticle.Core.Tests.Search.Judged;

/// <summary>
/// Queries readers of the shipped article would type, each with the places (paragraph ids, or a section id for its
/// heading) where they would want to land, decided by reading the text: <c>judged-queries.json</c> beside this file.
/// </summary>
public sealed record JudgedQueries(string Article, string About, IReadOnlyList<JudgedQuery> Queries)
{
    public static string FilePath { get; } = Path.Combine(RepositoryPaths.Root, "tests", "KazakhArticle.Core.Tests", "Search", "Judged", "judged-queries.json");

    public static JudgedQueries Load() =>
        JsonSerializer.Deserialize<JudgedQueries>(File.ReadAllText(FilePath), Options)
        ?? throw new InvalidDataException($"{FilePath} is empty");

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
    };
}

/// <param name="Language">The language the query is written in (a Latin transliteration is "en").</param>
/// <param name="Kind">What the query tries: name, clitic, inflection, topic, phrase, spelling, prefix, multi, or none.</param>
public sealed record JudgedQuery(string Query, string Language, string Kind, IReadOnlyList<string> Relevant, string? Note = null)
{
    public override string ToString() => Query;
}
