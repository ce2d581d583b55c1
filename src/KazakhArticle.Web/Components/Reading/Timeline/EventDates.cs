using System.Globalization;
using KazakhArticle.Core.Annotations;

namespace KazakhArticle.Web.Components.Reading.Timeline;

/// <summary>A date as a reader of each interface language writes it: <c>16 December 1991</c>, <c>16 كانون الأول/ديسمبر 1991</c>.</summary>
public static class EventDates
{
    // The names used in the Levant, where the article was published, beside the ones used elsewhere: the press there
    // writes both (كانون الثاني/يناير). Written out, not taken from ICU, whose Arabic cultures each give one of the two.
    private static readonly string[] ArabicMonths =
    [
        "كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيو",
        "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر",
    ];

    private static readonly string[] ArabicOrdinals =
    [
        "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
        "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر", "السادس عشر", "السابع عشر", "الثامن عشر",
        "التاسع عشر", "العشرون", "الحادي والعشرون",
    ];

    private static readonly string[] EnglishMonths = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public static string Format(EventDate date, string language)
    {
        var arabic = language == "ar";
        string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
        string Month(int month) => arabic ? ArabicMonths[month - 1] : EnglishMonths[month - 1];
        return date switch
        {
            { Century: { } century } => arabic ? $"القرن {ArabicOrdinals[century - 1]}" : $"{EnglishOrdinal(century)} century",
            { IsPeriod: true } => $"{Year(date.StartYear)}–{Year(date.EndYear)}",
            { Day: { } day, Month: { } month } => $"{day.ToString(CultureInfo.InvariantCulture)} {Month(month)} {Year(date.StartYear)}",
            { Month: { } month } => $"{Month(month)} {Year(date.StartYear)}",
            _ => Year(date.StartYear),
        };
    }

    private static string EnglishOrdinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch
        {
            1 => $"{n}st",
            2 => $"{n}nd",
            3 => $"{n}rd",
            _ => $"{n}th",
        },
    };
}
