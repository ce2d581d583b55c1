using System.Globalization;
using KazakhArticle.Core.Annotations;
using Microsoft.Extensions.Localization;

namespace KazakhArticle.Web.Components.Reading.Figures;

/// <summary>
/// A figure as a reader of each interface language writes it: 2,700,025 km², 19 million, $755.17 billion,
/// 755.17 مليار دولار. Digits are Western in both, as the article writes them; round millions and billions in words.
/// </summary>
public static class FigureValues
{
    public static string Format(KeyFigure figure, IStringLocalizer localizer)
    {
        var (number, magnitude) = Math.Abs(figure.Value) switch
        {
            >= 1_000_000_000 => (figure.Value / 1_000_000_000, "Billion"),
            >= 1_000_000 => (figure.Value / 1_000_000, "Million"),
            _ => (figure.Value, (string?)null),
        };

        // In words only where nothing is lost: 755.17 billion, 19 million; but 2,700,025 km² as the article gives it.
        if (magnitude is not null && decimal.Round(number, 2) != number)
        {
            (number, magnitude) = (figure.Value, null);
        }
        var digits = number.ToString("#,0.##", CultureInfo.InvariantCulture);
        var amount = magnitude is null ? digits : localizer[magnitude, digits].Value;
        return localizer[$"Unit_{figure.Unit}", amount].Value;
    }
}
