using System.Globalization;
using Bunit;
using KazakhArticle.Core.Annotations;
using KazakhArticle.Web.Components.Reading.Figures;
using KazakhArticle.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace KazakhArticle.Web.Tests.Components;

public sealed class FigureTests : BunitContext
{
    public FigureTests() => Services.AddLocalization();

    private static Localized Text(string en) => new(new Dictionary<string, string> { ["ar"] = en, ["en"] = en });

    private static KeyFigure Figure(string id, decimal value, string unit, string? chart = null) => new(id, value, unit, Text(id), "one-p1", Chart: chart);

    private string Format(string language, decimal value, string unit)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        return FigureValues.Format(Figure("x", value, unit), Services.GetRequiredService<IStringLocalizer<UiText>>());
    }

    [Theory]
    [InlineData("en", 2700025, "km2", "2,700,025 km²")]
    [InlineData("ar", 2700025, "km2", "2,700,025 كم²")]
    [InlineData("en", 755170000000, "usd", "$755.17 billion")]
    [InlineData("ar", 755170000000, "usd", "755.17 مليار دولار")]
    [InlineData("en", 19000000, "people", "19 million")]
    [InlineData("ar", 1500000, "barrels-per-day", "1.5 مليون برميل يوميًا")]
    [InlineData("en", 40, "percent", "40%")]
    [InlineData("en", 20000, "people", "20,000")]
    public void A_figure_is_written_as_the_reader_writes_it_losing_nothing(string language, decimal value, string unit, string expected) =>
        Assert.Equal(expected, Format(language, value, unit));

    private IRenderedComponent<FigureChartView> Chart(params KeyFigure[] figures)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        return Render<FigureChartView>(p => p.Add(c => c.Chart, new FigureChart("c", Text("A chart"))).Add(c => c.Figures, figures));
    }

    private static string[] Widths(IRenderedComponent<FigureChartView> chart) =>
        [.. chart.FindAll(".bar").Select(b => b.GetAttribute("style")!)];

    [Fact]
    public void Shares_are_drawn_against_the_whole()
    {
        var chart = Chart(Figure("kazakhs", 65, "percent", "c"), Figure("russians", 20, "percent", "c"));

        Assert.Equal(["inline-size: 65%", "inline-size: 20%"], Widths(chart));
        Assert.Equal(["kazakhs", "russians"], chart.FindAll("th").Select(th => th.TextContent));
        Assert.Equal(["65%", "20%"], chart.FindAll(".bar-value").Select(v => v.TextContent));
    }

    [Fact]
    public void Other_figures_are_drawn_against_the_largest()
    {
        var chart = Chart(Figure("russia", 7600, "km", "c"), Figure("china", 1900, "km", "c"));

        Assert.Equal(["inline-size: 100%", "inline-size: 25%"], Widths(chart));
        Assert.Equal("A chart", chart.Find("figcaption").TextContent);
    }
}
