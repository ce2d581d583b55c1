using System.Text.Json.Serialization;

namespace KazakhArticle.Core.Annotations;

/// <summary>
/// Who, where, when and how much: an article's people, places, organisations and events, its dated events, its key
/// figures and their charts, as its folder's <c>annotations.yaml</c> lists them (<see cref="AnnotationFile"/>). Each
/// item points at the paragraphs it comes from. Stored with the article as JSON: it is read whole, with the article.
/// </summary>
public sealed record ArticleAnnotations(
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<DatedEvent> Events,
    IReadOnlyList<KeyFigure> Figures,
    IReadOnlyList<FigureChart> Charts)
{
    public static ArticleAnnotations None { get; } = new([], [], [], []);

    [JsonIgnore]
    public bool IsEmpty => Entities.Count == 0 && Events.Count == 0 && Figures.Count == 0;

    public Entity? Find(string id) => Entities.FirstOrDefault(e => e.Id == id);
}

/// <summary>The kinds of entity, in the order an index lists them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntityKind>))]
public enum EntityKind
{
    Person,
    Place,
    Organisation,
    Event,
}

/// <summary>A text in each of the article's languages.</summary>
public sealed record Localized(IReadOnlyDictionary<string, string> Texts)
{
    /// <summary>The text in <paramref name="language"/>; in another of the article's languages when it has none there.</summary>
    public string In(string language) => Texts.TryGetValue(language, out var text) ? text : Texts.Values.First();
}

/// <summary>A point on the earth, in decimal degrees (WGS 84).</summary>
public sealed record GeoPoint(double Latitude, double Longitude);

/// <summary>A person, place, organisation or event the article names.</summary>
/// <param name="Forms">How each edition writes it, by language: the words a mention is found by (<see cref="MentionFinder"/>).</param>
/// <param name="At">Where it is, for a place that is a point on the map.</param>
public sealed record Entity(
    string Id,
    EntityKind Kind,
    Localized Name,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Forms,
    Localized About,
    GeoPoint? At = null)
{
    /// <summary>The paragraphs that mention it, by language, in the order of the text: found at import.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Mentions { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The paragraphs of an edition that mention it.</summary>
    public IReadOnlyList<string> MentionsIn(string language) => Mentions.TryGetValue(language, out var ids) ? ids : [];
}

/// <summary>A dated event, as the paragraph that mentions it dates it.</summary>
/// <param name="When">As written in the file (<see cref="EventDate"/>): <c>1918</c>, <c>1991-12</c>, <c>1991-12-16</c>, <c>1936..1991</c>, <c>13c</c>.</param>
public sealed record DatedEvent(string When, Localized Label, string Paragraph)
{
    [JsonIgnore]
    public EventDate Date => EventDate.Parse(When) ?? throw new InvalidOperationException($"'{When}' is not a date; the import checks every one.");
}

/// <summary>A figure the article states, in one of <see cref="Units"/>, from one paragraph.</summary>
/// <param name="Note">The number of the translator's note that questions or qualifies it, if one does.</param>
/// <param name="Chart">The chart it is drawn in with others, if any.</param>
public sealed record KeyFigure(string Id, decimal Value, string Unit, Localized Label, string Paragraph, int? Note = null, string? Chart = null)
{
    /// <summary>The units a figure may be in; each has its name in every interface language (a test checks).</summary>
    public static readonly IReadOnlyList<string> Units = ["km2", "km", "percent", "people", "usd", "barrels-per-day"];
}

/// <summary>Figures drawn together, such as the shares of a population.</summary>
public sealed record FigureChart(string Id, Localized Title);
