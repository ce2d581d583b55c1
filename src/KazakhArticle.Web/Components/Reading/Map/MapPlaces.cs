using KazakhArticle.Core.Annotations;
using NetTopologySuite.Geometries;

namespace KazakhArticle.Web.Components.Reading.Map;

/// <summary>Which side of its dot a place's name is set on.</summary>
public enum LabelSide
{
    East,
    West,
}

/// <summary>An article's place that is a point (<see cref="Entity.At"/>), where it falls on the map and where its name goes.</summary>
/// <param name="At">Its point on the map; null when it lies beyond the frame, and so is only in the list.</param>
public sealed record MapPlace(Entity Entity, Coordinate? At, LabelSide Side);

/// <summary>Puts an article's places on the map.</summary>
public static class MapPlaces
{
    // A dot nearer the frame's edge than this is not drawn: half of it would be cut off.
    private const double EdgeMargin = 6;

    // A name is set east of its dot (after it, in a left-to-right reading) unless that would run it off the frame's east
    // edge or into the next place to the east: a place this close beside it, at about the same height, such as Tengiz
    // beside Kashagan on the Caspian shore. Then it is set west.
    private const double Crowded = 40;
    private const double SameHeight = 18;

    // How far a name may reach, in units: the longest an article's place names run at the map's label size.
    private const double LongestName = 190;

    /// <summary>The places of an article that have coordinates, in the order of their names in <paramref name="language"/>.</summary>
    public static IReadOnlyList<MapPlace> Of(ArticleAnnotations annotations, MapProjection projection, string language)
    {
        var points = annotations.Entities
            .Where(e => e.At is not null)
            .OrderBy(e => e.Name.In(language), StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language), ignoreCase: true))
            .Select(e => (Entity: e, At: projection.ToMap(e.At!.Longitude, e.At.Latitude)))
            .Select(p => (p.Entity, At: CentralAsiaMap.InFrame(p.At, EdgeMargin) ? p.At : null))
            .ToList();

        return [.. points.Select(p => new MapPlace(p.Entity, p.At, p.At is null ? LabelSide.East : SideOf(p.At, points.Select(o => o.At))))];
    }

    private static LabelSide SideOf(Coordinate at, IEnumerable<Coordinate?> others)
    {
        if (at.X + LongestName > MapProjection.Width)
        {
            return LabelSide.West;
        }

        var crowded = others.Any(o => o is not null && !ReferenceEquals(o, at) && o.X > at.X && o.X - at.X < Crowded && Math.Abs(o.Y - at.Y) < SameHeight);
        return crowded ? LabelSide.West : LabelSide.East;
    }
}
