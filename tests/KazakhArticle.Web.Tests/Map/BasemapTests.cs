using System.Text.Json;
using KazakhArticle.Core.Annotations;
using KazakhArticle.Web.Components.Reading.Map;
using NetTopologySuite.Geometries;

namespace KazakhArticle.Web.Tests.Map;

/// <summary>
/// The basemap and the places share one projection: each place the article puts on the map falls in the country it is
/// in, as drawn. Also what tools/map made: a small asset that parses, and covers all that the frame shows.
/// </summary>
public sealed class BasemapTests
{
    // One basemap for the class, as the app holds one per process: building it projects every country.
    private static readonly CentralAsiaMap Basemap = new();

    private static readonly GeometryFactory Geometries = new();

    private static ArticleAnnotations ShippedAnnotations()
    {
        var file = Path.Combine(RepositoryPaths.ShippedArticle, AnnotationFile.Name);
        return AnnotationFile.Parse(file, File.ReadAllText(file), ["ar", "en"]).Annotations
            ?? throw new InvalidOperationException("the shipped annotations do not parse");
    }

    private static MapCountry Country(string code) => Basemap.Countries.Single(c => c.Code == code);

    [Fact]
    public void The_asset_is_small_parses_and_has_Kazakhstan_and_every_neighbour()
    {
        using var stream = typeof(CentralAsiaMap).Assembly.GetManifestResourceStream(CentralAsiaMap.ResourceName)!;
        Assert.InRange(stream.Length, 20_000, 100_000);

        var asset = CentralAsiaMap.ReadAsset();
        var countries = asset.ToDictionary(f => CentralAsiaMap.CodeOf(f) ?? CentralAsiaMap.NameOf(f), CentralAsiaMap.NameOf);
        Assert.Equal("Kazakhstan", countries["398"]);
        // Its five neighbours, then the Caspian's other shores and the places the article names beyond them.
        foreach (var (code, name) in new[] { ("643", "Russia"), ("156", "China"), ("417", "Kyrgyzstan"), ("860", "Uzbekistan"), ("795", "Turkmenistan"), ("031", "Azerbaijan"), ("364", "Iran"), ("792", "Turkey"), ("682", "Saudi Arabia"), ("496", "Mongolia") })
        {
            Assert.Equal(name, countries[code]);
        }

        Assert.All(asset, feature => Assert.True(feature.Geometry.IsValid, $"{CentralAsiaMap.NameOf(feature)} is not a valid polygon"));
        Assert.All(asset, feature => Assert.InRange(feature.Geometry.EnvelopeInternal.MinX, -180, 180));
    }

    [Fact]
    public void Every_place_the_article_puts_on_the_map_falls_in_its_country_as_drawn()
    {
        // Where each is, by Natural Earth's code; null for the sea (the Caspian is the gap between the coasts).
        var expected = new Dictionary<string, string?>
        {
            ["astana"] = "398",
            ["almaty"] = "398",
            ["baikonur"] = "398",
            ["semipalatinsk"] = "398",
            ["tengiz"] = "398",
            ["moscow"] = "643",
            ["vostochny"] = "643",
            ["beijing"] = "156",
            ["ankara"] = "792",
            ["ghawar"] = "682",
            ["kashagan"] = null,
            ["caspian-sea"] = null,
        };
        // Placed as the page places them.
        var places = MapPlaces.Of(ShippedAnnotations(), Basemap.Projection, "en");
        Assert.Equal(expected.Keys.Order(), places.Select(p => p.Entity.Id).Order());

        foreach (var place in places)
        {
            var at = Geometries.CreatePoint(place.At);
            var country = Basemap.Countries.SingleOrDefault(c => c.Shape.Contains(at))?.Code;
            Assert.True(expected[place.Entity.Id] == country, $"{place.Entity.Id} falls in {country ?? "the sea"}, not {expected[place.Entity.Id] ?? "the sea"}");
        }
    }

    [Fact]
    public void A_point_is_projected_as_a_country_s_outline_is()
    {
        foreach (var place in ShippedAnnotations().Entities.Where(e => e.At is not null))
        {
            var (longitude, latitude) = (place.At!.Longitude, place.At.Latitude);
            var asPoint = Basemap.Projection.ToMap(longitude, latitude);
            var asGeometry = Basemap.Projection.ToMap(Geometries.CreatePoint(new Coordinate(longitude, latitude))).Coordinate;

            Assert.Equal(asGeometry.X, asPoint.X, 9);
            Assert.Equal(asGeometry.Y, asPoint.Y, 9);
        }
    }

    [Fact]
    public void Every_place_the_article_puts_on_the_map_is_inside_the_frame_with_room_for_its_dot()
    {
        var places = ShippedAnnotations().Entities.Where(e => e.At is not null).ToList();

        Assert.Equal(12, places.Count);
        Assert.All(places, place =>
        {
            var at = Basemap.Projection.ToMap(place.At!.Longitude, place.At.Latitude);
            Assert.True(CentralAsiaMap.InFrame(at, margin: 20), $"{place.Id} is at {at.X:F0}, {at.Y:F0}, outside 0…{MapProjection.Width}, 0…{MapProjection.Height:F0}");
        });
    }

    [Fact]
    public void North_is_up_and_east_is_right()
    {
        var astana = Basemap.Projection.ToMap(71.45, 51.17);
        var almaty = Basemap.Projection.ToMap(76.89, 43.24);

        // Almaty is south-east of Astana.
        Assert.True(almaty.X > astana.X, "Almaty is drawn west of Astana");
        Assert.True(almaty.Y > astana.Y, "Almaty is drawn north of Astana");
    }

    [Fact]
    public void The_projection_is_centred_on_80E_40N_and_goes_back_to_where_it_came_from()
    {
        var centre = Basemap.Projection.ToMap(80, 40);
        Assert.Equal(-MapProjection.West / (MapProjection.East - MapProjection.West) * MapProjection.Width, centre.X, 6);
        Assert.Equal(MapProjection.North / (MapProjection.East - MapProjection.West) * MapProjection.Width, centre.Y, 6);

        var almaty = Basemap.Projection.ToMap(76.89, 43.24);
        var (longitude, latitude) = Basemap.Projection.ToGeographic(almaty.X, almaty.Y);
        Assert.Equal(76.89, longitude, 6);
        Assert.Equal(43.24, latitude, 6);
    }

    [Fact]
    public void Areas_are_true_Kazakhstan_is_drawn_its_size()
    {
        // One unit of the map is (East - West) / Width metres. Kazakhstan is 2,724,900 km²; Natural Earth's outline at
        // this scale measures 2,719,700 km² on this map (-0.2%). A conformal conic on the same parallels draws it 2% small
        // (2,666,500 km², measured), Mercator twice its size.
        var kilometresPerUnit = (MapProjection.East - MapProjection.West) / MapProjection.Width / 1000;
        var area = Country("398").Shape.Area * kilometresPerUnit * kilometresPerUnit;

        Assert.InRange(area, 2_724_900 * 0.99, 2_724_900 * 1.01);
    }

    [Fact]
    public void Every_country_name_sits_inside_its_country()
    {
        Assert.Equal(CountryLabels.All.Count, Basemap.Labels.Count);
        Assert.All(Basemap.Labels, label =>
        {
            Assert.True(Country(label.Country.Code).Shape.Contains(Geometries.CreatePoint(label.At)), $"{label.Country.TextKey} is not inside its country");
            Assert.True(CentralAsiaMap.InFrame(label.At, margin: 15), $"{label.Country.TextKey} is too near the frame's edge");
        });
    }

    [Fact]
    public void The_countries_are_cut_to_the_frame_and_Kazakhstan_is_drawn_last()
    {
        var frame = new Envelope(0, MapProjection.Width, 0, MapProjection.Height);

        Assert.InRange(Basemap.Countries.Count, 30, 80);
        Assert.All(Basemap.Countries, country => Assert.True(frame.Contains(country.Shape.EnvelopeInternal), $"{country.Name} reaches beyond the frame"));
        Assert.True(Basemap.Countries[^1].IsKazakhstan);
        Assert.Single(Basemap.Countries, c => c.IsKazakhstan);
        // Russia is cut at the frame's top and east: far less than its whole.
        Assert.True(Country("643").Shape.EnvelopeInternal.MinY <= 0.001 && Country("643").Shape.EnvelopeInternal.MaxX >= MapProjection.Width - 0.001);
    }

    [Fact]
    public void The_frame_shows_nothing_the_asset_does_not_cover()
    {
        // tools/map cuts the countries to the outline it records as "coverage": every point of the frame's edge, taken
        // back to longitude and latitude, must be inside it, or a corner of the map would be left empty.
        using var stream = typeof(CentralAsiaMap).Assembly.GetManifestResourceStream(CentralAsiaMap.ResourceName)!;
        using var json = JsonDocument.Parse(stream);
        var ring = json.RootElement.GetProperty("coverage").EnumerateArray().Select(p => new Coordinate(p[0].GetDouble(), p[1].GetDouble())).ToArray();
        var coverage = Geometries.CreatePolygon(ring);

        var (width, height) = (MapProjection.Width, MapProjection.Height);
        var edge = Enumerable.Range(0, 101).Select(i => i / 100.0)
            .SelectMany(t => new[] { (t * width, 0.0), (t * width, height), (0.0, t * height), (width, t * height) });
        var outside = edge.Select(p => Basemap.Projection.ToGeographic(p.Item1, p.Item2))
            .Where(p => !coverage.Contains(Geometries.CreatePoint(new Coordinate(p.Longitude, p.Latitude))))
            .Select(p => $"{p.Longitude:F1}°E {p.Latitude:F1}°N").ToList();

        Assert.True(outside.Count == 0, $"The frame reaches beyond tools/map's coverage at {string.Join(", ", outside.Take(10))}: widen it there and run the tool again");
    }

    [Fact]
    public void Each_country_is_drawn_as_its_shape()
    {
        var kazakhstan = Country("398");

        Assert.StartsWith("M", kazakhstan.Path, StringComparison.Ordinal);
        Assert.EndsWith("z", kazakhstan.Path, StringComparison.Ordinal);
        // One ring a polygon (Kazakhstan is one), its points as many as its outline has, give or take rounding.
        Assert.Equal(1, kazakhstan.Path.Count(c => c == 'M'));
        var steps = kazakhstan.Path.Split('l')[1].TrimEnd('z').Split(' ').Length / 2;
        Assert.InRange(steps, kazakhstan.Shape.NumPoints * 0.8, kazakhstan.Shape.NumPoints);
    }
}
