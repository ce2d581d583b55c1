using System.Globalization;
using System.Text.RegularExpressions;

namespace KazakhArticle.Core.Annotations;

/// <summary>
/// When an event happened, as precisely as the text says: a day (<c>1991-12-16</c>), a month (<c>1991-12</c>), a year
/// (<c>1918</c>), a period of years (<c>1936..1991</c>) or a century (<c>13c</c>). Years are of the common era.
/// </summary>
public sealed partial record EventDate(int StartYear, int EndYear, int? Month = null, int? Day = null, int? Century = null)
{
    public bool IsPeriod => EndYear > StartYear;

    /// <summary>The date, or null when the text is none of the forms above.</summary>
    public static EventDate? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

        if (match.Groups["century"].Success)
        {
            var century = Number(match.Groups["century"]);
            return century is >= 1 and <= 21 ? new EventDate((century - 1) * 100 + 1, century * 100, Century: century) : null;
        }

        var year = Number(match.Groups["year"]);
        if (match.Groups["end"].Success)
        {
            var end = Number(match.Groups["end"]);
            return end > year ? new EventDate(year, end) : null;
        }

        if (!match.Groups["month"].Success)
        {
            return new EventDate(year, year);
        }

        var month = Number(match.Groups["month"]);
        if (month is < 1 or > 12)
        {
            return null;
        }

        if (!match.Groups["day"].Success)
        {
            return new EventDate(year, year, month);
        }

        var day = Number(match.Groups["day"]);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new EventDate(year, year, month, day) : null;
    }

    [GeneratedRegex(@"^(?:(?<century>\d{1,2})c|(?<year>\d{3,4})(?:\.\.(?<end>\d{3,4})|-(?<month>\d{2})(?:-(?<day>\d{2}))?)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
