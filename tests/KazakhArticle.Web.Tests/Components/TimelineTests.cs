using System.Globalization;
using Bunit;
using KazakhArticle.Core.Annotations;
using KazakhArticle.Web.Components.Reading.Timeline;

namespace KazakhArticle.Web.Tests.Components;

public sealed class TimelineTests : BunitContext
{
    private static EventDate Date(string text) => EventDate.Parse(text)!;

    [Fact]
    public void The_scale_runs_from_the_first_date_to_the_last_and_gives_recent_years_more_room()
    {
        var scale = TimelineScale.For([Date("13c"), Date("1991-12-16"), Date("2022-02-24")]);

        Assert.Equal(0, scale.Position(1201), 3);
        Assert.InRange(scale.Position(2022.15), 0.85, 1);
        var lastDecade = scale.Position(2022) - scale.Position(2012);
        var centuryBefore = scale.Position(1912) - scale.Position(1812);
        Assert.True(lastDecade > centuryBefore, $"the last ten years {lastDecade:0.000}, a century a hundred years before {centuryBefore:0.000}");
        Assert.True(scale.Position(1991.9) < scale.Position(1991.96), "days of one month stay in order");
    }

    [Theory]
    [InlineData("1918", 1918.5, 1918.5)]
    [InlineData("1991-12", 1991 + (11.5 / 12), 1991 + (11.5 / 12))]
    [InlineData("1936..1991", 1936, 1992)]
    [InlineData("13c", 1201, 1301)]
    public void A_date_starts_and_ends_where_its_precision_says(string text, double start, double end)
    {
        Assert.Equal(start, TimelineScale.Start(Date(text)), 6);
        Assert.Equal(end, TimelineScale.End(Date(text)), 6);
    }

    [Fact]
    public void Marks_too_close_together_go_into_lanes_of_their_own()
    {
        // The bar from 45 to 60 keeps its lane until 80: the mark at 75 goes past it.
        var lanes = TimelineScale.Lanes([(0, 0), (10, 10), (15, 15), (40, 40), (45, 60), (70, 70), (75, 75)], gap: 20);

        Assert.Equal([0, 1, 2, 0, 1, 0, 2], lanes);
    }

    [Theory]
    [InlineData("13c", "en", "13th century")]
    [InlineData("21c", "en", "21st century")]
    [InlineData("13c", "ar", "القرن الثالث عشر")]
    [InlineData("18c", "ar", "القرن الثامن عشر")]
    [InlineData("1991-12-16", "en", "16 December 1991")]
    [InlineData("1991-12-16", "ar", "16 كانون الأول/ديسمبر 1991")]
    [InlineData("2010-05", "ar", "أيار/مايو 2010")]
    [InlineData("1960..1989", "en", "1960–1989")]
    [InlineData("1918", "ar", "1918")]
    public void Dates_are_written_as_each_language_writes_them(string text, string language, string expected) =>
        Assert.Equal(expected, EventDates.Format(Date(text), language));

    private static readonly TimelineEvent[] Events =
    [
        new(Date("13c"), "13th century", "Mongols", "/en/articles/a?view=en#one-p2"),
        new(Date("1960..1989"), "1960–1989", "Space", "/en/articles/a?view=en#one-p5"),
        new(Date("2022-01-05"), "5 January 2022", "Unrest", "/en/articles/a?view=en#two-p1"),
    ];

    private IRenderedComponent<TimelineChart> Chart(bool rightToLeft)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(rightToLeft ? "ar" : "en");
        return Render<TimelineChart>(p => p.Add(c => c.Events, Events).Add(c => c.Label, "Timeline").Add(c => c.RightToLeft, rightToLeft));
    }

    private static double[] MarkXs(IRenderedComponent<TimelineChart> chart) =>
        [.. chart.FindAll("circle.timeline-mark").Select(c => double.Parse(c.GetAttribute("cx")!, CultureInfo.InvariantCulture))];

    [Fact]
    public void Each_event_is_a_numbered_link_to_its_paragraph()
    {
        var chart = Chart(rightToLeft: false);

        var links = chart.FindAll("svg a");
        Assert.Equal(Events.Select(e => e.Href), links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["1. 13th century: Mongols", "2. 1960–1989: Space", "3. 5 January 2022: Unrest"], links.Select(a => a.GetAttribute("aria-label")));
        Assert.Equal(["1", "2", "3"], chart.FindAll("text.timeline-number").Select(t => t.TextContent));
        // A century is a period too.
        Assert.Equal(2, chart.FindAll("rect.timeline-period").Count);
    }

    [Fact]
    public void Time_runs_left_to_right_in_english_and_right_to_left_in_arabic()
    {
        var ltr = MarkXs(Chart(rightToLeft: false));
        var rtl = MarkXs(Chart(rightToLeft: true));

        Assert.Equal([.. ltr.Order()], ltr);
        Assert.Equal([.. rtl.OrderDescending()], rtl);
        Assert.Equal(ltr.Select(x => Math.Round(1000 - x, 1)), rtl.Select(x => Math.Round(x, 1)));
    }
}
