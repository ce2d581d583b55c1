using KazakhArticle.Core.Annotations;

namespace KazakhArticle.Core.Tests.Annotations;

public sealed class AnnotationFileTests
{
    private const string File = "articles/x/annotations.yaml";
    private static readonly string[] Languages = ["ar", "en"];

    private const string Valid = """
        entities:
          - id: tokayev
            kind: person
            name: { ar: قاسم جومارت توكاييف, en: Kassym-Jomart Tokayev }
            forms: { ar: [توكاييف], en: [Tokayev] }
            about: { ar: رئيس كازاخستان., en: President of Kazakhstan. }
          - id: almaty
            kind: place
            name: { ar: ألماتي, en: Almaty }
            forms: { ar: [ألماتي, ألماآتا], en: [Almaty] }
            about: { ar: أكبر مدن كازاخستان., en: Kazakhstan's largest city. }
            at: [43.24, 76.89]
        events:
          - when: 1918
            label: { ar: حدث, en: An event }
            paragraph: one-p1
        figures:
          - id: south
            value: 1800
            unit: km
            label: { ar: الصين, en: China }
            paragraph: one-p1
            chart: borders
            note: 1
          - id: north
            value: 7600.5
            unit: km
            label: { ar: روسيا, en: Russia }
            paragraph: one-p2
            chart: borders
        charts:
          - id: borders
            title: { ar: الحدود, en: Borders }
        """;

    private static AnnotationFile Parse(string yaml) => AnnotationFile.Parse(File, yaml, Languages);

    /// <summary>The valid file with one line replaced: the problems it gives, as line: message.</summary>
    private static string[] ProblemsWith(string line, string replacement) =>
        [.. Parse(Valid.Replace(line, replacement, StringComparison.Ordinal)).Problems.Select(p => $"{p.Line}: {p.Message}")];

    [Fact]
    public void A_valid_file_gives_every_item()
    {
        var file = Parse(Valid);

        Assert.Empty(file.Problems);
        var annotations = file.Annotations!;
        Assert.Equal(["tokayev", "almaty"], annotations.Entities.Select(e => e.Id));
        var almaty = annotations.Entities[1];
        Assert.Equal((EntityKind.Place, "Almaty", "ألماتي", new GeoPoint(43.24, 76.89)), (almaty.Kind, almaty.Name.In("en"), almaty.Name.In("ar"), almaty.At));
        Assert.Equal(["ألماتي", "ألماآتا"], almaty.Forms["ar"]);
        Assert.Equal("Kazakhstan's largest city.", almaty.About.In("en"));
        Assert.Equal(new DatedEvent("1918", annotations.Events[0].Label, "one-p1"), annotations.Events[0]);
        Assert.Equal(1918, annotations.Events[0].Date.StartYear);
        Assert.Equal([(1800m, "km", 1, "borders"), (7600.5m, "km", (int?)null, "borders")], annotations.Figures.Select(f => (f.Value, f.Unit, f.Note, f.Chart)));
        Assert.Equal("Borders", Assert.Single(annotations.Charts).Title.In("en"));
    }

    [Theory]
    [InlineData("    kind: person", "    kind: hero", "3: kind 'hero' is not one of person, place, organisation, event")]
    [InlineData("  - id: tokayev", "  - id: Tokayev", "2: 'id' 'Tokayev' must be lower-case ASCII letters, digits and single hyphens")]
    [InlineData("  - id: almaty", "  - id: tokayev", "7: the entity id 'tokayev' is already used on line 2")]
    [InlineData("    name: { ar: قاسم جومارت توكاييف, en: Kassym-Jomart Tokayev }", "    name: { ar: قاسم جومارت توكاييف }", "4: 'name' lacks 'en'")]
    [InlineData("    name: { ar: قاسم جومارت توكاييف, en: Kassym-Jomart Tokayev }", "    name: { ar: قاسم, en: Tokayev, fr: Tokaïev }", "4: 'name' has a language 'fr' the article is not written in (ar, en)")]
    [InlineData("    name: { ar: قاسم جومارت توكاييف, en: Kassym-Jomart Tokayev }", "    name: Tokayev", "4: 'name' must give a text in each language: { ar: …, en: … }")]
    [InlineData("    name: { ar: قاسم جومارت توكاييف, en: Kassym-Jomart Tokayev }", "    name: { ar: قاسم, en: '' }", "4: 'name' in 'en' must be a text")]
    [InlineData("    forms: { ar: [توكاييف], en: [Tokayev] }", "    forms: { ar: [توكاييف], en: [] }", "5: 'forms' in 'en' must be a list of the words the text names it by, such as [Tokayev]")]
    [InlineData("    forms: { ar: [توكاييف], en: [Tokayev] }", "    forms: { ar: [توكاييف], en: [Almaty] }", "7: the form 'Almaty' is also one of 'tokayev''s: a form belongs to one entity")]
    [InlineData("    about: { ar: رئيس كازاخستان., en: President of Kazakhstan. }", "    abut: { ar: رئيس كازاخستان., en: President of Kazakhstan. }", "6: an entity has no field 'abut'; its fields are id, kind, name, forms, about, at")]
    [InlineData("    at: [43.24, 76.89]", "    at: [143.24, 76.89]", "12: 'at' must be [latitude, longitude] in decimal degrees, such as [43.24, 76.89]")]
    [InlineData("    at: [43.24, 76.89]", "    at: 43.24", "12: 'at' must be [latitude, longitude] in decimal degrees, such as [43.24, 76.89]")]
    [InlineData("    kind: place", "    kind: organisation", "12: only a place has coordinates ('at')")]
    [InlineData("  - when: 1918", "  - when: 1918s", "14: when '1918s' is not a date: write 1918, 1991-12, 1991-12-16, a period 1936..1991 or a century 13c")]
    [InlineData("    paragraph: one-p2", "    paragraph: One P2", "29: 'paragraph' 'One P2' must be lower-case ASCII letters, digits and single hyphens")]
    [InlineData("    value: 1800", "    value: 1,800", "19: value '1,800' is not a plain number, such as 2700025 or 755.17")]
    [InlineData("    value: 1800", "    value: [1800]", "19: 'value' must be a single value")]
    [InlineData("    unit: km\n    label: { ar: الصين", "    unit: miles\n    label: { ar: الصين", "20: unit 'miles' is not one of km2, km, percent, people, usd, barrels-per-day")]
    [InlineData("    note: 1", "    note: first", "24: note 'first' is not a note's number, such as 2")]
    [InlineData("    note: 1", "    note: 0", "24: note '0' is not a note's number, such as 2")]
    [InlineData("    chart: borders\n    note: 1", "    chart: border\n    note: 1", "18: figure 'south' is in chart 'border', which 'charts' does not list")]
    [InlineData("  - id: borders", "  - id: lengths", "32: chart 'lengths' draws fewer than two figures; a single figure is shown in the list")]
    [InlineData("  - id: north", "  - id: south", "25: the figure id 'south' is already used on line 18")]
    [InlineData("    title: { ar: الحدود, en: Borders }", "    title: { ar: الحدود, en: Borders }\n  - id: borders\n    title: { ar: ب, en: B }", "34: the chart id 'borders' is already used on line 32")]
    [InlineData("    paragraph: one-p1\nfigures:", "    paragraph: one-p1\n    place: x\nfigures:", "17: an event has no field 'place'")]
    [InlineData("    note: 1", "    note: 1\n    source: x", "25: a figure has no field 'source'")]
    [InlineData("    title: { ar: الحدود, en: Borders }", "    title: { ar: الحدود, en: Borders }\n    colour: red", "34: a chart has no field 'colour'")]
    [InlineData("  - when: 1918\n    label:", "  - label:", "14: 'when' is missing")]
    [InlineData("    value: 1800\n", "", "18: 'value' is missing")]
    [InlineData("    unit: km\n    label: { ar: الصين", "    label: { ar: الصين", "18: 'unit' is missing")]
    [InlineData("  - id: borders\n    title:", "  - title:", "32: 'id' is missing")]
    [InlineData("    about: { ar: رئيس كازاخستان., en: President of Kazakhstan. }\n", "", "2: 'about' is missing")]
    [InlineData("    at: [43.24, 76.89]", "    at: [90.01, 76.89]", "12: 'at' must be [latitude, longitude] in decimal degrees, such as [43.24, 76.89]")]
    [InlineData("    at: [43.24, 76.89]", "    at: [-90.01, 76.89]", "12: 'at' must be [latitude, longitude] in decimal degrees, such as [43.24, 76.89]")]
    [InlineData("    at: [43.24, 76.89]", "    at: [43.24, 180.01]", "12: 'at' must be [latitude, longitude] in decimal degrees, such as [43.24, 76.89]")]
    [InlineData("    at: [43.24, 76.89]", "    at: [43.24, -180.01]", "12: 'at' must be [latitude, longitude] in decimal degrees, such as [43.24, 76.89]")]
    [InlineData("events:", "happenings:", "13: the file has no field 'happenings'; its fields are entities, events, figures, charts")]
    [InlineData("  - when: 1918", "  - 1918\n  - when: 1918", "14: each of 'events' must be a map of its fields (id: …, label: …)")]
    public void Each_mistake_is_reported_on_its_line(string line, string replacement, string expected)
    {
        var problems = ProblemsWith(line, replacement);
        // An unknown field's message goes on to list the fields there are; the rest are whole.
        Assert.True(problems.Any(p => p == expected || (expected.Contains("has no field", StringComparison.Ordinal) && p.StartsWith(expected + ";", StringComparison.Ordinal))), string.Join("\n", problems));
    }

    [Fact]
    public void A_missing_field_is_reported_on_its_items_line() =>
        Assert.Equal(["2: 'kind' is missing"], ProblemsWith("    kind: person\n", ""));

    [Fact]
    public void A_file_with_any_problem_gives_no_annotations()
    {
        var file = Parse(Valid.Replace("unit: km\n", "unit: miles\n", StringComparison.Ordinal));

        Assert.Null(file.Annotations);
        Assert.NotEmpty(file.Problems);
    }

    [Theory]
    [InlineData("entities: [", "invalid YAML")]
    [InlineData("entities:\n  - id: a\n   kind: x", "invalid YAML")]
    [InlineData("", "the file is empty")]
    [InlineData("- a\n- b", "the file must be a map")]
    [InlineData("entities: tokayev", "'entities' must be a list")]
    public void A_file_that_is_not_a_map_of_lists_says_so(string yaml, string expected) =>
        Assert.Contains(Parse(yaml).Problems, p => p.Message.StartsWith(expected, StringComparison.Ordinal) && p.File == File);

    [Theory]
    [InlineData("[90, 180]", 90, 180)]
    [InlineData("[-90, -180]", -90, -180)]
    public void Coordinates_at_the_ends_of_their_ranges_are_taken(string at, double latitude, double longitude)
    {
        var file = Parse(Valid.Replace("[43.24, 76.89]", at, StringComparison.Ordinal));

        Assert.Empty(file.Problems);
        Assert.Equal(new GeoPoint(latitude, longitude), file.Annotations!.Entities[1].At);
    }

    [Fact]
    public void A_file_of_an_empty_string_is_empty() =>
        Assert.StartsWith("the file is empty", Assert.Single(Parse("''").Problems).Message, StringComparison.Ordinal);

    [Fact]
    public void Forms_in_error_are_reported_when_there_are_alias_lists_too()
    {
        var file = AnnotationFile.Parse(File, Valid.Replace("en: [Tokayev]", "en: []", StringComparison.Ordinal), Languages, [["Tokayev", "توكاييف"]]);

        Assert.Equal(["5: 'forms' in 'en' must be a list of the words the text names it by, such as [Tokayev]"], file.Problems.Select(p => $"{p.Line}: {p.Message}"));
    }

    [Fact]
    public void Lists_may_be_left_out() =>
        Assert.Empty(Parse("entities:\n").Annotations!.Entities);
}
