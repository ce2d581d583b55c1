using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace KazakhArticle.Web.Components.Reading.Map;

/// <summary>
/// A polygonal geometry on the map as an SVG path's data: each ring an absolute move, then relative lines, closed. Points
/// are rounded to a tenth of a unit (finer than a pixel at the map's widest), and the relative steps are taken between
/// the rounded points, so rounding never drifts along a ring; a point that rounds onto the one before is left out.
/// </summary>
public static class SvgPath
{
    public static string Of(Geometry geometry)
    {
        var data = new StringBuilder();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is Polygon polygon)
            {
                AppendRing(data, polygon.ExteriorRing);
                foreach (var hole in polygon.InteriorRings)
                {
                    AppendRing(data, hole);
                }
            }
        }

        return data.ToString();
    }

    private static void AppendRing(StringBuilder data, LineString ring)
    {
        var points = new List<(int X, int Y)>(ring.NumPoints);
        foreach (var coordinate in ring.Coordinates)
        {
            var point = (Tenths(coordinate.X), Tenths(coordinate.Y));
            if (points.Count == 0 || points[^1] != point)
            {
                points.Add(point);
            }
        }

        // The closing point is the first again: "z" draws that side.
        if (points.Count > 1 && points[^1] == points[0])
        {
            points.RemoveAt(points.Count - 1);
        }

        // Fewer than three corners enclose nothing.
        if (points.Count < 3)
        {
            return;
        }

        data.Append('M').Append(Number(points[0].X)).Append(' ').Append(Number(points[0].Y)).Append('l');
        for (var i = 1; i < points.Count; i++)
        {
            if (i > 1)
            {
                data.Append(' ');
            }

            data.Append(Number(points[i].X - points[i - 1].X)).Append(' ').Append(Number(points[i].Y - points[i - 1].Y));
        }

        data.Append('z');
    }

    private static int Tenths(double value) => (int)Math.Round(value * 10, MidpointRounding.AwayFromZero);

    private static string Number(int tenths) => (tenths / 10m).ToString("0.#", CultureInfo.InvariantCulture);
}
