using System.Text.RegularExpressions;
using System.Xml.Linq;
using KazakhArticle.Core.Annotations;
using KazakhArticle.Core.Content;
using KazakhArticle.Web.Localization;
using KazakhArticle.Web.Tests.Support;

namespace KazakhArticle.Web.Tests.Localization;

/// <summary>Every word of the interface exists, non-empty, in Arabic and in English.</summary>
public sealed partial class UiTextCompletenessTests
{
    private static readonly string LocalizationFolder = Path.Combine(RepositoryPaths.Root, "src", "KazakhArticle.Web", "Localization");

    // Keys built at run time from content values: each value the content may have (Core's one list) must have its key,
    // whether or not the shipped content uses it. Keys built from the interface's own values are checked by rendering
    // every page (RenderedTextTests).
    private static readonly string[] DynamicKeys =
    [
        .. Languages.Genres.Select(genre => $"Genre_{genre}"),
        .. Languages.Codes.SelectMany(code => new[] { $"LanguageName_{code}", $"FromLanguage_{code}", $"SearchLanguage_{code}" }),
        .. Enum.GetNames<EntityKind>().SelectMany(kind => new[] { $"EntityKind_{kind}", $"EntityKinds_{kind}" }),
        .. KeyFigure.Units.Select(unit => $"Unit_{unit}"),
        "Million", "Billion",
        .. Web.Components.Reading.Map.CountryLabels.TextKeys,
    ];

    [Fact]
    public void Both_languages_have_the_same_keys_and_no_empty_value()
    {
        var arabic = Read("UiText.resx");
        var english = Read("UiText.en.resx");

        // A counted text has one entry per plural form, and the languages have different forms.
        Assert.Equal(arabic.Keys.Select(BaseOf).Distinct().Order(), english.Keys.Select(BaseOf).Distinct().Order());
        Assert.All(arabic.Concat(english), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"'{entry.Key}' is empty"));
    }

    [Fact]
    public void Every_key_the_components_use_is_defined()
    {
        var defined = Read("UiText.resx").Keys.ToHashSet();
        var components = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "KazakhArticle.Web", "Components"), "*.razor", SearchOption.AllDirectories);
        var used = components.Select(File.ReadAllText)
            .SelectMany(text => KeyUse().Matches(text).Select(m => m.Groups[1].Value)
                .Concat(PluralUse().Matches(text).SelectMany(m => PluralRules.CategoriesOf("ar").Select(category => $"{m.Groups[1].Value}_{category}"))))
            .Concat(DynamicKeys).ToHashSet();

        Assert.True(used.Count > 20, "the scan found too few keys to be reading the components");
        Assert.Empty(used.Except(defined));
    }

    [Theory]
    [InlineData("ar", "UiText.resx")]
    [InlineData("en", "UiText.en.resx")]
    public void A_counted_text_has_exactly_the_forms_of_each_language(string language, string file)
    {
        var counted = Read(file).Keys.Where(key => BaseOf(key) != key).GroupBy(BaseOf).ToList();

        Assert.NotEmpty(counted);
        Assert.All(counted, forms => Assert.Equal(PluralRules.CategoriesOf(language).Order(), forms.Select(key => key[(key.LastIndexOf('_') + 1)..]).Order()));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public void The_running_localizer_finds_every_key(string language) =>
        InterfaceLocalizer.In(language, localizer =>
        {
            var expected = Read(language == "ar" ? "UiText.resx" : "UiText.en.resx");
            Assert.All(expected, entry =>
            {
                var value = localizer[entry.Key];
                Assert.False(value.ResourceNotFound, entry.Key);
                Assert.Equal(entry.Value, value.Value);
            });
        });

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(LocalizationFolder, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    /// <summary>A counted text's name without its plural form: <c>ResultCount</c> for <c>ResultCount_few</c>.</summary>
    private static string BaseOf(string key) =>
        key.LastIndexOf('_') is var at and > 0 && PluralRules.CategoriesOf("ar").Contains(key[(at + 1)..]) ? key[..at] : key;

    [GeneratedRegex("""T\["([A-Za-z0-9_]+)"[\],]""")]
    private static partial Regex KeyUse();

    [GeneratedRegex("""T\.Plural\("([A-Za-z0-9]+)",""")]
    private static partial Regex PluralUse();
}
