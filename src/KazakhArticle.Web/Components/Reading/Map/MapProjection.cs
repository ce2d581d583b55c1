using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace KazakhArticle.Web.Components.Reading.Map;

/// <summary>
/// From longitude and latitude to the map's SVG units, for the countries and the places alike: ProjNet projects, then
/// one affine transformation (NetTopologySuite) fits the frame into a viewBox <see cref="Width"/> wide, y down.
/// </summary>
public sealed class MapProjection
{
    /// <summary>
    /// Albers equal-area conic on WGS 84, centred on 80°E 40°N, true to scale along 30°N and 52°N (about a sixth of the
    /// way in from the frame's southern and northern reach, the usual choice). Equal-area, so Kazakhstan is drawn its
    /// true size beside Russia and China; between the parallels shapes stay close to true.
    /// </summary>
    public const string Wkt = """
        PROJCS["Central Asia Albers Equal Area",
          GEOGCS["WGS 84", DATUM["WGS_1984", SPHEROID["WGS 84", 6378137, 298.257223563]], PRIMEM["Greenwich", 0], UNIT["degree", 0.0174532925199433]],
          PROJECTION["Albers_Conic_Equal_Area"],
          PARAMETER["standard_parallel_1", 30], PARAMETER["standard_parallel_2", 52],
          PARAMETER["latitude_of_center", 40], PARAMETER["longitude_of_center", 80],
          PARAMETER["false_easting", 0], PARAMETER["false_northing", 0],
          UNIT["metre", 1]]
        """;

    // The frame, in the projection's metres east and north of 80°E 40°N: Ankara is the westernmost place the article
    // puts on the map, Vostochny the easternmost, Moscow the northernmost and Ghawar the southernmost; the margins leave
    // room for their labels. tools/map cuts the basemap to what this frame shows (BasemapTests holds the two together).
    public const double West = -4_150_000;
    public const double East = 3_550_000;
    public const double South = -1_400_000;
    public const double North = 2_700_000;

    /// <summary>The viewBox's width: one unit is about a pixel where the map is shown at its widest.</summary>
    public const double Width = 1000;

    private const double Scale = Width / (East - West);

    private readonly MathTransform _toProjected;
    private readonly MathTransform _toGeographic;
    private readonly AffineTransformation _toMap;
    private readonly AffineTransformation _fromMap;

    // ProjNet does not say its transforms are safe to share between threads, and pages render in parallel.
    private readonly Lock _gate = new();

    public MapProjection()
    {
        var projected = (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(Wkt);
        var factory = new CoordinateTransformationFactory();
        _toProjected = factory.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, projected).MathTransform;
        _toGeographic = factory.CreateFromCoordinateSystems(projected, GeographicCoordinateSystem.WGS84).MathTransform;

        // The frame's north-west corner to (0, 0), then scaled with y turned downwards, as SVG counts it.
        _toMap = new AffineTransformation().Translate(-West, -North).Scale(Scale, -Scale);
        _fromMap = _toMap.GetInverse();
    }

    /// <summary>The viewBox's height, for the frame's proportions.</summary>
    public static double Height => (North - South) * Scale;

    /// <summary>A point on the map, x to the right and y down; outside 0…<see cref="Width"/>, 0…<see cref="Height"/> when beyond the frame.</summary>
    public Coordinate ToMap(double longitude, double latitude)
    {
        (double X, double Y) projected;
        lock (_gate)
        {
            projected = _toProjected.Transform(longitude, latitude);
        }

        return _toMap.Transform(new Coordinate(projected.X, projected.Y), new Coordinate());
    }

    /// <summary>A geometry in longitude and latitude, projected onto the map (a copy; the original is left as it was).</summary>
    public Geometry ToMap(Geometry geographic)
    {
        var geometry = geographic.Copy();
        lock (_gate)
        {
            geometry.Apply(new ProjectFilter(_toProjected));
        }

        geometry.Apply(_toMap);
        geometry.GeometryChanged();
        return geometry;
    }

    /// <summary>The longitude and latitude of a point of the map: where the frame's edges fall on the globe.</summary>
    public (double Longitude, double Latitude) ToGeographic(double x, double y)
    {
        var projected = _fromMap.Transform(new Coordinate(x, y), new Coordinate());
        lock (_gate)
        {
            return _toGeographic.Transform(projected.X, projected.Y);
        }
    }

    /// <summary>Runs every coordinate of a geometry through a ProjNet transform, in place.</summary>
    private sealed class ProjectFilter(MathTransform transform) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence sequence)
        {
            for (var i = 0; i < sequence.Count; i++)
            {
                var (x, y) = (sequence.GetX(i), sequence.GetY(i));
                transform.Transform(ref x, ref y);
                sequence.SetX(i, x);
                sequence.SetY(i, y);
            }
        }
    }
}
