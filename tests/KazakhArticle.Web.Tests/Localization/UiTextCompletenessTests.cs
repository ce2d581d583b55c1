using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KazakhArticle.Web.Localization;
using KazakhArticle.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace KazakhArticle.Web.Tests.Localization;

/// <summary>Every word of the interface exists, non-empty, in Arabic and in English.</summary>
public sealed partial class UiTextCompletenessTests
{
    private static readonly string LocalizationFolder = Path.Combine(RepositoryPaths.Root, "src", "KazakhArticle.Web", "Localization");

    // Keys built at run time from content values: each value the content can have must have its key.
    private static readonly string[] DynamicKeys = ["Genre_opinion", "LanguageName_ar", "LanguageName_en", "FromLanguage_ar", "FromLanguage_en"];

    [Fact]
    public void Both_languages_have_the_same_keys_and_no_empty_value()
    {
        var arabic = Read("UiText.resx");
        var english = Read("UiText.en.resx");

        Assert.Equal(arabic.Keys.Order(), english.Keys.Order());
        Assert.All(arabic.Concat(english), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"'{entry.Key}' is empty"));
    }

    [Fact]
    public void Every_key_the_components_use_is_defined()
    {
        var defined = Read("UiText.resx").Keys.ToHashSet();
        var components = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "KazakhArticle.Web", "Components"), "*.razor", SearchOption.AllDirectories);
        var used = components.SelectMany(file => KeyUse().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value)).Concat(DynamicKeys).ToHashSet();

        Assert.True(used.Count > 20, "the scan found too few keys to be reading the components");
        Assert.Empty(used.Except(defined));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public void The_running_localizer_finds_every_key(string language)
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var localizer = services.GetRequiredService<IStringLocalizer<UiText>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var expected = Read(language == "ar" ? "UiText.resx" : "UiText.en.resx");
            Assert.All(expected, entry =>
            {
                var value = localizer[entry.Key];
                Assert.False(value.ResourceNotFound, entry.Key);
                Assert.Equal(entry.Value, value.Value);
            });
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(LocalizationFolder, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    [GeneratedRegex("""T\["([A-Za-z0-9_]+)"[\],]""")]
    private static partial Regex KeyUse();
}
