using System.Globalization;
using Microsoft.Extensions.Localization;

namespace KazakhArticle.Web.Localization;

/// <summary>
/// Which form of a counted word a number takes, by CLDR's plural rules for the interface languages: English has two
/// forms (1 result, 2 results), Arabic six (نتيجة واحدة، نتيجتان، ٣–١٠ نتائج، ١١–٩٩ نتيجة ...). A counted text is
/// kept as one resource per form, <c>Name_category</c>.
/// </summary>
public static class PluralRules
{
    public static IReadOnlyList<string> CategoriesOf(string language) =>
        language == "ar" ? ["zero", "one", "two", "few", "many", "other"] : ["one", "other"];

    public static string Category(string language, int count) => language switch
    {
        "ar" => count switch
        {
            0 => "zero",
            1 => "one",
            2 => "two",
            _ => Math.Abs(count % 100) switch
            {
                >= 3 and <= 10 => "few",
                >= 11 and <= 99 => "many",
                _ => "other",
            },
        },
        _ => count == 1 ? "one" : "other",
    };

    /// <summary>The form of <paramref name="name"/> that <paramref name="count"/> takes in the interface's language.</summary>
    public static LocalizedString Plural(this IStringLocalizer localizer, string name, int count) =>
        localizer[$"{name}_{Category(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, count)}", count];
}
