using System.Globalization;
using KazakhArticle.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace KazakhArticle.Web.Tests.Support;

/// <summary>The interface's words as the running app reads them, in one language, outside any request.</summary>
internal static class InterfaceLocalizer
{
    public static void In(string language, Action<IStringLocalizer<UiText>> use)
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            use(services.GetRequiredService<IStringLocalizer<UiText>>());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
