using KazakhArticle.Core.Annotations;

namespace KazakhArticle.Core.Tests.Annotations;

public sealed class EventDateTests
{
    [Theory]
    [InlineData("1918", 1918, 1918, null, null, null)]
    [InlineData("1991-12", 1991, 1991, 12, null, null)]
    [InlineData("1991-12-16", 1991, 1991, 12, 16, null)]
    [InlineData("1936..1991", 1936, 1991, null, null, null)]
    [InlineData("13c", 1201, 1300, null, null, 13)]
    [InlineData("21c", 2001, 2100, null, null, 21)]
    [InlineData("1c", 1, 100, null, null, 1)]
    [InlineData(" 1260 ", 1260, 1260, null, null, null)]
    public void Each_form_of_date_is_read(string text, int start, int end, int? month, int? day, int? century) =>
        Assert.Equal(new EventDate(start, end, month, day, century), EventDate.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("1918s")]
    [InlineData("19")]
    [InlineData("12345")]
    [InlineData("1991-13")]
    [InlineData("1991-00")]
    [InlineData("1991-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("1991-2")]
    [InlineData("1991..1936")]
    [InlineData("1991..1991")]
    [InlineData("0c")]
    [InlineData("22c")]
    [InlineData("thirteenth century")]
    public void Anything_else_is_not_a_date(string text) => Assert.Null(EventDate.Parse(text));

    [Fact]
    public void A_leap_day_is_a_date() => Assert.Equal(29, EventDate.Parse("2024-02-29")!.Day);

    [Fact]
    public void Only_a_span_of_years_is_a_period()
    {
        Assert.True(EventDate.Parse("1936..1991")!.IsPeriod);
        Assert.True(EventDate.Parse("13c")!.IsPeriod);
        Assert.False(EventDate.Parse("1991-12-16")!.IsPeriod);
    }
}
