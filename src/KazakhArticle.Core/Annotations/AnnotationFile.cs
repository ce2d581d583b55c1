using System.Globalization;
using KazakhArticle.Core.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KazakhArticle.Core.Annotations;

/// <summary>
/// Reads an article folder's <c>annotations.yaml</c> (<see cref="ArticleAnnotations"/>): four lists, each item a map.
/// <code>
/// entities:
///   - id: tokayev
///     kind: person                 # person | place | organisation | event
///     name: { ar: قاسم جومارت توكاييف, en: Kassym-Jomart Tokayev }
///     forms: { ar: [توكاييف], en: [Tokayev] }
///     about: { ar: …, en: President of Kazakhstan since 2019. }
///     at: [43.24, 76.89]           # a place that is a point: latitude, longitude
/// events:
///   - { when: 1918, label: { ar: …, en: … }, paragraph: kazakhs-and-arabs-p4 }
/// figures:
///   - { id: area, value: 2700025, unit: km2, label: { ar: …, en: … }, paragraph: overview-p3, note: 2, chart: borders }
/// charts:
///   - { id: borders, title: { ar: …, en: … } }
/// </code>
/// Every mistake is reported with its line; <see cref="Check"/> then holds the file against the article's text.
/// </summary>
public sealed class AnnotationFile
{
    public const string Name = "annotations.yaml";

    private static readonly string[] RootKeys = ["entities", "events", "figures", "charts"];
    private static readonly string[] EntityKeys = ["id", "kind", "name", "forms", "about", "at"];
    private static readonly string[] EventKeys = ["when", "label", "paragraph"];
    private static readonly string[] FigureKeys = ["id", "value", "unit", "label", "paragraph", "note", "chart"];
    private static readonly string[] ChartKeys = ["id", "title"];

    private readonly string _file;
    private readonly IReadOnlyList<string> _languages;
    private readonly List<ContentProblem> _problems = [];

    // The line each item starts on, for the problems the check against the text finds.
    private readonly Dictionary<object, int> _lines = new(ReferenceEqualityComparer.Instance);

    // Names that mean the same (content/aliases.yaml): an entity named by one of a list's forms is named by all of them.
    private readonly IReadOnlyList<IReadOnlyList<string>> _aliases;

    private AnnotationFile(string file, IReadOnlyList<string> languages, IReadOnlyList<IReadOnlyList<string>> aliases)
    {
        _file = file;
        _languages = languages;
        _aliases = aliases;
    }

    /// <summary>The annotations as written; null when <see cref="Problems"/> keep the file from being used.</summary>
    public ArticleAnnotations? Annotations { get; private set; }

    public IReadOnlyList<ContentProblem> Problems => _problems;

    /// <param name="file">The file's name as shown in errors, e.g. <c>articles/x/annotations.yaml</c>.</param>
    /// <param name="languages">The article's languages: every name, form list, description and label has each.</param>
    /// <param name="aliases">
    /// The search's names that mean the same (<see cref="AliasFile"/>): where an entity's form is one of a list's, the
    /// list's other forms in the edition's script are the entity's too, so the two files need not repeat each other.
    /// </param>
    public static AnnotationFile Parse(string file, string yaml, IReadOnlyList<string> languages, IReadOnlyList<IReadOnlyList<string>>? aliases = null)
    {
        var reader = new AnnotationFile(file, languages, aliases ?? []);
        var annotations = reader.Read(yaml);
        reader.Annotations = reader._problems.Count > 0 ? null : annotations;
        return reader;
    }

    /// <summary>
    /// Holds parsed annotations against the article's editions, whose paragraphs name the entities they mention
    /// (<see cref="ParagraphContent.Entities"/>): every paragraph and note referred to exists, and every entity is
    /// mentioned in every edition. The annotations come back with each entity's mentions.
    /// </summary>
    public (ArticleAnnotations? Annotations, IReadOnlyList<ContentProblem> Problems) Check(IReadOnlyList<EditionContent> editions)
    {
        var annotations = Annotations ?? throw new InvalidOperationException("The file has problems of its own; there is nothing to check.");
        var file = _file;
        int Line(object item) => _lines.GetValueOrDefault(item);

        var problems = new List<ContentProblem>();
        var paragraphs = editions[0].Sections.SelectMany(s => s.Paragraphs).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        void CheckParagraph(object item, string paragraph)
        {
            if (!paragraphs.Contains(paragraph))
            {
                problems.Add(new ContentProblem(file, Line(item), $"paragraph '{paragraph}' does not exist; ids are a section's id and the block's place in it, such as overview-p3"));
            }
        }

        foreach (var item in annotations.Events)
        {
            CheckParagraph(item, item.Paragraph);
        }

        foreach (var figure in annotations.Figures)
        {
            CheckParagraph(figure, figure.Paragraph);
            if (figure.Note is { } note && !editions.Any(e => e.Notes.Any(n => n.Number == note)))
            {
                problems.Add(new ContentProblem(file, Line(figure), $"figure '{figure.Id}' refers to note {note}, which no edition has"));
            }
        }

        var entities = new List<Entity>();
        foreach (var entity in annotations.Entities)
        {
            var mentions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var edition in editions)
            {
                var found = edition.Sections.SelectMany(s => s.Paragraphs).Where(p => p.Entities.Contains(entity.Id)).Select(p => p.Id).ToList();
                if (found.Count == 0)
                {
                    var forms = string.Join(", ", entity.Forms.GetValueOrDefault(edition.Language) ?? []);
                    problems.Add(new ContentProblem(file, Line(entity), $"'{entity.Id}' is never mentioned in {edition.SourceFile}: none of its forms ({forms}) is in the text"));
                }

                mentions[edition.Language] = found;
            }

            entities.Add(entity with { Mentions = mentions });
        }

        return problems.Count > 0 ? (null, problems) : (annotations with { Entities = entities }, []);
    }

    private ArticleAnnotations? Read(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            Problem((int)ex.Start.Line, $"invalid YAML: {(ex.InnerException ?? ex).Message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner says so, without a position, when the text ends inside an open [ or {.
            Problem(0, "invalid YAML: it ends inside an unclosed [ or {");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            Problem(1, "the file is empty; it lists the article's entities, events, figures and charts");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Problem(Line(stream.Documents[0].RootNode), "the file must be a map with the lists entities, events, figures and charts");
            return null;
        }

        CheckKeys(root, RootKeys, "the file");
        var entities = List(root, "entities", ReadEntity);
        var charts = List(root, "charts", ReadChart);
        var figures = List(root, "figures", ReadFigure);
        var events = List(root, "events", ReadEvent);

        Unique(entities, e => e.Id, "entity");
        Unique(figures, f => f.Id, "figure");
        Unique(charts, c => c.Id, "chart");
        foreach (var figure in figures.Where(f => f.Chart is not null && !charts.Any(c => c.Id == f.Chart)))
        {
            Problem(_lines[figure], $"figure '{figure.Id}' is in chart '{figure.Chart}', which 'charts' does not list");
        }

        foreach (var chart in charts.Where(c => figures.Count(f => f.Chart == c.Id) < 2))
        {
            Problem(_lines[chart], $"chart '{chart.Id}' draws fewer than two figures; a single figure is shown in the list");
        }

        // A form belongs to one entity, or a mention could not say whose it is.
        foreach (var language in _languages)
        {
            var owners = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entity in entities)
            {
                foreach (var form in entity.Forms.GetValueOrDefault(language) ?? [])
                {
                    var key = Search.TextAnalyzer.Normalize(form);
                    if (owners.TryGetValue(key, out var owner) && owner != entity.Id)
                    {
                        Problem(_lines[entity], $"the form '{form}' is also one of '{owner}''s: a form belongs to one entity");
                    }

                    owners[key] = entity.Id;
                }
            }
        }

        return new ArticleAnnotations(entities, events, figures, charts);
    }

    private Entity? ReadEntity(YamlMappingNode node)
    {
        CheckKeys(node, EntityKeys, "an entity");
        var id = Id(node, "id");
        var kindText = Scalar(node, "kind", required: true);
        EntityKind? kind = kindText is null ? null
            : Enum.GetValues<EntityKind>().Cast<EntityKind?>().FirstOrDefault(k => k.ToString()!.Equals(kindText, StringComparison.OrdinalIgnoreCase));
        if (kindText is not null && kind is null)
        {
            Problem(Line(node["kind"]), $"kind '{kindText}' is not one of {string.Join(", ", Enum.GetNames<EntityKind>().Select(n => n.ToLowerInvariant()))}");
        }

        var name = Text(node, "name");
        var about = Text(node, "about");
        var forms = WithAliases(Forms(node));
        var at = Point(node);
        if (at is not null && kind is not null and not EntityKind.Place)
        {
            Problem(Line(node["at"]), "only a place has coordinates ('at')");
        }

        return id is null || kind is null || name is null || about is null || forms is null
            ? null
            : Remember(new Entity(id, kind.Value, name, forms, about, at), node);
    }

    private DatedEvent? ReadEvent(YamlMappingNode node)
    {
        CheckKeys(node, EventKeys, "an event");
        var when = Scalar(node, "when", required: true);
        if (when is not null && EventDate.Parse(when) is null)
        {
            Problem(Line(node["when"]), $"when '{when}' is not a date: write 1918, 1991-12, 1991-12-16, a period 1936..1991 or a century 13c");
            when = null;
        }

        var label = Text(node, "label");
        var paragraph = Id(node, "paragraph");
        return when is null || label is null || paragraph is null ? null : Remember(new DatedEvent(when, label, paragraph), node);
    }

    private KeyFigure? ReadFigure(YamlMappingNode node)
    {
        CheckKeys(node, FigureKeys, "a figure");
        var id = Id(node, "id");
        var valueText = Scalar(node, "value", required: true);
        decimal? value = null;
        if (valueText is not null)
        {
            if (decimal.TryParse(valueText, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            {
                value = parsed;
            }
            else
            {
                Problem(Line(node["value"]), $"value '{valueText}' is not a plain number, such as 2700025 or 755.17");
            }
        }

        var unit = Scalar(node, "unit", required: true);
        if (unit is not null && !KeyFigure.Units.Contains(unit))
        {
            Problem(Line(node["unit"]), $"unit '{unit}' is not one of {string.Join(", ", KeyFigure.Units)}");
            unit = null;
        }

        var label = Text(node, "label");
        var paragraph = Id(node, "paragraph");
        var noteText = Scalar(node, "note", required: false);
        int? note = null;
        if (noteText is not null)
        {
            if (int.TryParse(noteText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                note = number;
            }
            else
            {
                Problem(Line(node["note"]), $"note '{noteText}' is not a note's number, such as 2");
            }
        }

        var chart = node.Children.ContainsKey("chart") ? Id(node, "chart") : null;
        return id is null || value is null || unit is null || label is null || paragraph is null || (noteText is not null && note is null)
            ? null
            : Remember(new KeyFigure(id, value.Value, unit, label, paragraph, note, chart), node);
    }

    private FigureChart? ReadChart(YamlMappingNode node)
    {
        CheckKeys(node, ChartKeys, "a chart");
        var id = Id(node, "id");
        var title = Text(node, "title");
        return id is null || title is null ? null : Remember(new FigureChart(id, title), node);
    }

    private T Remember<T>(T item, YamlNode node)
        where T : notnull
    {
        _lines[item] = Line(node);
        return item;
    }

    private List<T> List<T>(YamlMappingNode root, string key, Func<YamlMappingNode, T?> read)
        where T : class
    {
        if (!root.Children.TryGetValue(key, out var node) || node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode items)
        {
            Problem(Line(node), $"'{key}' must be a list, each item starting with '- '");
            return [];
        }

        var result = new List<T>();
        foreach (var item in items)
        {
            // Not a pattern variable: a mutation tool that drops the 'continue' would leave it unassigned, and then
            // gives up on mutating this method at all.
            var map = item as YamlMappingNode;
            if (map is null)
            {
                Problem(Line(item), $"each of '{key}' must be a map of its fields (id: …, label: …)");
                continue;
            }

            if (read(map) is { } value)
            {
                result.Add(value);
            }
        }

        return result;
    }

    private void Unique<T>(List<T> items, Func<T, string> id, string what)
        where T : notnull
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!first.TryAdd(id(item), _lines[item]))
            {
                Problem(_lines[item], $"the {what} id '{id(item)}' is already used on line {first[id(item)]}");
            }
        }
    }

    private void CheckKeys(YamlMappingNode node, string[] keys, string what)
    {
        foreach (var key in node.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !keys.Contains(name))
            {
                Problem(Line(key), $"{what} has no field '{(key as YamlScalarNode)?.Value}'; its fields are {string.Join(", ", keys)}");
            }
        }
    }

    private string? Scalar(YamlMappingNode node, string key, bool required)
    {
        if (!node.Children.TryGetValue(key, out var value))
        {
            if (required)
            {
                Problem(Line(node), $"'{key}' is missing");
            }

            return null;
        }

        if (value is not YamlScalarNode { Value: { } text } || string.IsNullOrWhiteSpace(text))
        {
            Problem(Line(value), $"'{key}' must be a single value");
            return null;
        }

        return text.Trim();
    }

    private string? Id(YamlMappingNode node, string key)
    {
        var id = Scalar(node, key, required: true);
        if (id is not null && !ContentIds.IsValid(id))
        {
            Problem(Line(node[key]), $"'{key}' '{id}' must be lower-case ASCII letters, digits and single hyphens");
            return null;
        }

        return id;
    }

    /// <summary>A map with a text in each of the article's languages: <c>{ ar: …, en: … }</c>.</summary>
    private Localized? Text(YamlMappingNode node, string key)
    {
        var values = ByLanguage(node, key, v => v is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null, "a text");
        return values is null ? null : new Localized(values);
    }

    private Dictionary<string, IReadOnlyList<string>>? Forms(YamlMappingNode node) =>
        ByLanguage<IReadOnlyList<string>>(node, "forms", v =>
            v is YamlSequenceNode list && list.Children.Count > 0 && list.Children.All(f => f is YamlScalarNode { Value: { } t } && !string.IsNullOrWhiteSpace(t))
                ? [.. list.Children.Cast<YamlScalarNode>().Select(f => f.Value!.Trim())]
                : null,
            "a list of the words the text names it by, such as [Tokayev]");

    /// <summary>The forms with the other forms of each alias list one of them is in, written in the edition's script.</summary>
    private Dictionary<string, IReadOnlyList<string>>? WithAliases(Dictionary<string, IReadOnlyList<string>>? forms)
    {
        if (forms is null || _aliases.Count == 0)
        {
            return forms;
        }

        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (language, written) in forms)
        {
            var all = new List<string>(written);
            // Compared as the alias file compares them: by their search terms.
            var terms = written.Select(Search.TextAnalyzer.IndexText).ToHashSet(StringComparer.Ordinal);
            foreach (var list in _aliases.Where(l => l.Any(form => terms.Contains(Search.TextAnalyzer.IndexText(form)))))
            {
                all.AddRange(list.Where(form => InScriptOf(form, language) && !all.Contains(form)));
            }

            result[language] = all;
        }

        return result;
    }

    // An alias list mixes the editions' scripts (الناتو, NATO): a form is for an edition written right to left when it has
    // Arabic letters, and for the others when it has none.
    private static bool InScriptOf(string form, string language) =>
        Languages.IsRightToLeft(language) == form.Any(c => c is >= '\u0600' and <= '\u06FF');

    private Dictionary<string, T>? ByLanguage<T>(YamlMappingNode node, string key, Func<YamlNode, T?> read, string what)
        where T : class
    {
        if (!node.Children.TryGetValue(key, out var value))
        {
            Problem(Line(node), $"'{key}' is missing");
            return null;
        }

        if (value is not YamlMappingNode map)
        {
            Problem(Line(value), $"'{key}' must give {what} in each language: {{ {string.Join(", ", _languages.Select(l => l + ": …"))} }}");
            return null;
        }

        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (languageNode, text) in map.Children)
        {
            var language = (languageNode as YamlScalarNode)?.Value ?? "";
            if (!_languages.Contains(language))
            {
                Problem(Line(languageNode), $"'{key}' has a language '{language}' the article is not written in ({string.Join(", ", _languages)})");
                ok = false;
            }
            else if (read(text) is { } item)
            {
                result[language] = item;
            }
            else
            {
                Problem(Line(text), $"'{key}' in '{language}' must be {what}");
                ok = false;
            }
        }

        foreach (var language in _languages.Where(l => !map.Children.ContainsKey(new YamlScalarNode(l))))
        {
            Problem(Line(value), $"'{key}' lacks '{language}'");
            ok = false;
        }

        return ok ? result : null;
    }

    private GeoPoint? Point(YamlMappingNode node)
    {
        if (!node.Children.TryGetValue("at", out var value))
        {
            return null;
        }

        if (value is YamlSequenceNode { Children: [YamlScalarNode { Value: { } latText }, YamlScalarNode { Value: { } lonText }] }
            && double.TryParse(latText, NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
            && double.TryParse(lonText, NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180)
        {
            return new GeoPoint(latitude, longitude);
        }

        Problem(Line(value), "'at' must be [latitude, longitude] in decimal degrees, such as [43.24, 76.89]");
        return null;
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private void Problem(int line, string message) => _problems.Add(new ContentProblem(_file, line, message));
}
