namespace KazakhArticle.Web.Components.Reading.Map;

/// <summary>
/// The countries the map names, and where: a small bilingual table, as interface text (<c>MapCountry_*</c> in
/// UiText), not the article's annotations, so every article's map names the same neighbours the same way. Each is
/// keyed by its ISO 3166-1 numeric code, as Natural Earth gives it in the basemap; a label's place is chosen by hand
/// (a country's centre is often a poor place: Russia's is beyond the frame), in longitude and latitude, and projected
/// as the places are. Countries too small at this scale to hold a name (the Caucasus, the Gulf) are drawn unnamed.
/// </summary>
public static class CountryLabels
{
    /// <summary>Natural Earth's code for Kazakhstan, the country the map is about: drawn apart and named larger.</summary>
    public const string Kazakhstan = "398";

    public static IReadOnlyList<CountryLabel> All { get; } =
    [
        new(Kazakhstan, "MapCountry_Kazakhstan", 61.2, 50.2),
        new("643", "MapCountry_Russia", 88, 58.5),
        new("156", "MapCountry_China", 97, 35.5),
        new("496", "MapCountry_Mongolia", 103, 46.8),
        new("417", "MapCountry_Kyrgyzstan", 75, 41.6, Small: true),
        new("762", "MapCountry_Tajikistan", 70.5, 38.8, Small: true),
        new("860", "MapCountry_Uzbekistan", 63.8, 41.9, Small: true),
        new("795", "MapCountry_Turkmenistan", 58.8, 39.3, Small: true),
        new("004", "MapCountry_Afghanistan", 65.5, 33.6),
        new("586", "MapCountry_Pakistan", 69.5, 29.6),
        new("364", "MapCountry_Iran", 54.5, 32.5),
        new("368", "MapCountry_Iraq", 43.5, 33),
        new("792", "MapCountry_Turkey", 37, 38.6),
        new("682", "MapCountry_SaudiArabia", 44.5, 23.8),
        new("804", "MapCountry_Ukraine", 32, 49),
        new("356", "MapCountry_India", 78, 29.6),
    ];

    /// <summary>The interface texts the table names, for the test that every one exists in each language.</summary>
    public static IEnumerable<string> TextKeys => All.Select(label => label.TextKey);
}

/// <param name="Code">The country's ISO 3166-1 numeric code, as the basemap has it.</param>
/// <param name="TextKey">Its name in the interface's texts.</param>
/// <param name="Small">A country whose name must be set smaller to fit.</param>
public sealed record CountryLabel(string Code, string TextKey, double Longitude, double Latitude, bool Small = false);
