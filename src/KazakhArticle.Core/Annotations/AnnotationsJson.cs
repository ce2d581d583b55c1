using System.Text.Json;

namespace KazakhArticle.Core.Annotations;

/// <summary>
/// How annotations are stored: one JSON document with the article's row. They are only ever read whole, with the
/// article, so a table of their own would be joins for nothing. Stored: a change here needs a new cache version.
/// </summary>
public static class AnnotationsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string? Write(ArticleAnnotations annotations) =>
        annotations.IsEmpty ? null : JsonSerializer.Serialize(annotations, Options);

    public static ArticleAnnotations Read(string? json) =>
        json is null ? ArticleAnnotations.None : JsonSerializer.Deserialize<ArticleAnnotations>(json, Options) ?? ArticleAnnotations.None;
}
