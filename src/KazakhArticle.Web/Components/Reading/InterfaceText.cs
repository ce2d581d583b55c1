using System.Globalization;
using KazakhArticle.Core.Content;

namespace KazakhArticle.Web.Components.Reading;

/// <summary>The language and direction of the interface for the current request.</summary>
public static class InterfaceText
{
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static string Direction => Languages.DirectionOf(Language);
}
