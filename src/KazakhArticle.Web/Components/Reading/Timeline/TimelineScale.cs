using KazakhArticle.Core.Annotations;

namespace KazakhArticle.Web.Components.Reading.Timeline;

/// <summary>
/// Where a date falls on the timeline's axis, from 0 (the earliest) to 1 (the latest). The article runs from the
/// thirteenth century to 2022, and most of its events are in the last hundred years, a good many in 1991 and 2022: on
/// a linear axis those would be one blot. The scale is logarithmic in the time before the latest event, so each step
/// back in time gets less room (the last ten years as much as the ninety before them, and those as much as the nine
/// hundred before them).
/// </summary>
public sealed class TimelineScale
{
    private readonly double _end;
    private readonly double _span;

    /// <param name="first">The earliest fractional year shown.</param>
    /// <param name="last">The latest fractional year shown.</param>
    public TimelineScale(double first, double last)
    {
        // A year beyond the last, so the latest event is not on the axis's very end and the scale is defined.
        _end = last + 1;
        _span = Math.Log(1 + (_end - first));
        First = first;
    }

    public double First { get; }

    /// <summary>The scale for a set of events: from the first one's start to the last one's end.</summary>
    public static TimelineScale For(IEnumerable<EventDate> dates)
    {
        var list = dates.ToList();
        return list.Count == 0 ? new TimelineScale(0, 0) : new TimelineScale(list.Min(d => Start(d)), list.Max(d => End(d)));
    }

    public double Position(double year) => Math.Clamp(1 - (Math.Log(1 + (_end - year)) / _span), 0, 1);

    /// <summary>When a date starts, as a fractional year: a day is that day, a month its middle, a year its middle.</summary>
    public static double Start(EventDate date) => date switch
    {
        { Day: { } day, Month: { } month } => date.StartYear + ((new DateOnly(date.StartYear, month, day).DayOfYear - 0.5) / 365.25),
        { Month: { } month } => date.StartYear + ((month - 0.5) / 12),
        { IsPeriod: true } => date.StartYear,
        _ => date.StartYear + 0.5,
    };

    /// <summary>When a date ends: a period at the end of its last year, anything else where it starts.</summary>
    public static double End(EventDate date) => date.IsPeriod ? date.EndYear + 1 : Start(date);

    /// <summary>
    /// Lanes for marks along the axis, so that none is drawn over another: each mark goes in the first lane whose last
    /// mark ends at least <paramref name="gap"/> before it starts. Marks are taken in order of where they start.
    /// </summary>
    /// <returns>Each mark's lane, in the order given.</returns>
    public static int[] Lanes(IReadOnlyList<(double Start, double End)> marks, double gap)
    {
        var lanes = new int[marks.Count];
        var laneEnds = new List<double>();
        foreach (var i in Enumerable.Range(0, marks.Count).OrderBy(i => marks[i].Start))
        {
            var lane = laneEnds.FindIndex(end => marks[i].Start - end >= gap);
            if (lane < 0)
            {
                lane = laneEnds.Count;
                laneEnds.Add(double.NegativeInfinity);
            }

            laneEnds[lane] = marks[i].End;
            lanes[i] = lane;
        }

        return lanes;
    }
}
