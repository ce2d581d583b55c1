using KazakhArticle.Web.Components.Reading.Map;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace KazakhArticle.Web.Tests.Map;

public sealed class SvgPathTests
{
    private static Geometry Read(string wkt) => new WKTReader().Read(wkt);

    [Fact]
    public void A_polygon_is_a_move_then_relative_lines_closed()
    {
        Assert.Equal("M10 20l30 0 0 40 -30 0z", SvgPath.Of(Read("POLYGON ((10 20, 40 20, 40 60, 10 60, 10 20))")));
    }

    [Fact]
    public void Points_are_rounded_to_tenths_and_the_steps_taken_between_rounded_points_so_nothing_drifts()
    {
        // 0.04 + 0.04 + 0.04 would drift to 0.12 if each step were rounded by itself (to 0 each time).
        var path = SvgPath.Of(Read("POLYGON ((0 0, 1.04 0, 2.08 0, 3.12 0, 3.12 1, 0 1, 0 0))"));

        Assert.Equal("M0 0l1 0 1.1 0 1 0 0 1 -3.1 0z", path);
    }

    [Fact]
    public void A_point_that_rounds_onto_the_last_is_left_out_and_a_ring_left_with_too_few_corners_is_dropped()
    {
        Assert.Equal("M0 0l5 0 0 5z", SvgPath.Of(Read("POLYGON ((0 0, 5 0, 5.01 0.02, 5 5, 0 0))")));
        Assert.Equal("", SvgPath.Of(Read("POLYGON ((0 0, 0.02 0, 0.02 0.03, 0 0))")));
    }

    [Fact]
    public void Holes_and_the_polygons_of_a_multipolygon_each_get_a_ring_and_other_parts_none()
    {
        var path = SvgPath.Of(Read("GEOMETRYCOLLECTION (POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 2)), LINESTRING (0 0, 5 5), POLYGON ((20 0, 21 0, 21 1, 20 0)))"));

        Assert.Equal("M0 0l10 0 0 10 -10 0zM2 2l2 0 0 2zM20 0l1 0 0 1z", path);
    }

    [Fact]
    public void Negative_steps_and_fractions_are_written_the_invariant_way()
    {
        using var culture = new CultureScope("ar");

        Assert.Equal("M0.5 0.5l-0.3 0 0 -0.2z", SvgPath.Of(Read("POLYGON ((0.5 0.5, 0.2 0.5, 0.2 0.3, 0.5 0.5))")));
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo _before = System.Globalization.CultureInfo.CurrentCulture;

        public CultureScope(string name) => System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(name);

        public void Dispose() => System.Globalization.CultureInfo.CurrentCulture = _before;
    }
}
