using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace KazakhArticle.Web.Components.Reading.Map;

/// <summary>
/// The basemap every map page draws: Kazakhstan and its neighbours from <c>central-asia.json</c> (Natural Earth's
/// country boundaries, made by tools/map), projected and cut to the frame once, as SVG path data, when the first map
/// page is rendered. One per process (a singleton); what it holds never changes.
/// </summary>
public sealed class CentralAsiaMap
{
    /// <summary>The asset's name in this assembly.</summary>
    public const string ResourceName = "KazakhArticle.Web.Map.central-asia.json";

    // Read-only once used; the asset is read once a process, by the singleton (and by tests).
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public CentralAsiaMap()
    {
        var frame = new GeometryFactory().ToGeometry(new Envelope(0, MapProjection.Width, 0, MapProjection.Height));
        var countries = new List<MapCountry>();
        foreach (var feature in ReadAsset())
        {
            // Simplified and cut by tools/map, a border may touch itself; the fix changes nothing that shows.
            var projected = GeometryFixer.Fix(Projection.ToMap(feature.Geometry));
            var shown = OverlayNGRobust.Overlay(projected, frame, SpatialFunction.Intersection);
            var path = SvgPath.Of(shown);
            if (path.Length > 0)
            {
                countries.Add(new MapCountry(CodeOf(feature), NameOf(feature), shown, path));
            }
        }

        // Kazakhstan last, so its outline is drawn over its neighbours' borders rather than under them.
        Countries = [.. countries.OrderBy(c => c.IsKazakhstan)];
        Labels = [.. CountryLabels.All.Select(label => new PlacedLabel(label, Projection.ToMap(label.Longitude, label.Latitude)))];
    }

    public MapProjection Projection { get; } = new();

    /// <summary>Every country with some land in the frame, in drawing order: the asset's (by English name), Kazakhstan last.</summary>
    public IReadOnlyList<MapCountry> Countries { get; }

    /// <summary>The countries the map names, where their names go.</summary>
    public IReadOnlyList<PlacedLabel> Labels { get; }

    /// <summary>Whether a point of the map is inside the frame, at least <paramref name="margin"/> units from its edges.</summary>
    public static bool InFrame(Coordinate point, double margin = 0) =>
        point.X >= margin && point.X <= MapProjection.Width - margin && point.Y >= margin && point.Y <= MapProjection.Height - margin;

    /// <summary>The asset as written: countries in longitude and latitude, each with its code and English name.</summary>
    public static FeatureCollection ReadAsset()
    {
        using var stream = typeof(CentralAsiaMap).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The map's basemap, {ResourceName}, is not in the assembly.");
        return JsonSerializer.Deserialize<FeatureCollection>(stream, GeoJson)
            ?? throw new InvalidOperationException($"{ResourceName} holds no features.");
    }

    /// <summary>A country's ISO 3166-1 numeric code: the feature's GeoJSON "id", which GeoJSON4STJ reads as <see cref="IUnique.Id"/>.</summary>
    public static string? CodeOf(IFeature feature) => (feature as IUnique)?.Id?.ToString();

    /// <summary>A country's English name, as Natural Earth writes it.</summary>
    public static string NameOf(IFeature feature) => feature.Attributes["name"]?.ToString() ?? "";
}

/// <param name="Code">ISO 3166-1 numeric, as Natural Earth gives it; null for the few areas it gives none.</param>
/// <param name="Name">Natural Earth's English name: for tests and for reading the asset, never shown.</param>
/// <param name="Shape">Its land in the frame, in the map's units: what <paramref name="Path"/> draws.</param>
/// <param name="Path">Its outline on the map, as SVG path data.</param>
public sealed record MapCountry(string? Code, string Name, Geometry Shape, string Path)
{
    public bool IsKazakhstan => Code == CountryLabels.Kazakhstan;
}

/// <summary>A country's name on the map: which, and where its middle goes.</summary>
public sealed record PlacedLabel(CountryLabel Country, Coordinate At);
