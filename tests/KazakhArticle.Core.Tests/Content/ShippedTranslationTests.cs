using System.Text.RegularExpressions;
using KazakhArticle.Core.Content;
using KazakhArticle.Core.Tests.Support;

namespace KazakhArticle.Core.Tests.Content;

/// <summary>The shipped English is aligned with the Arabic, marked as our translation, and keeps the source's figures.</summary>
public sealed partial class ShippedTranslationTests
{
    private static readonly int[] ParagraphsPerSection = [7, 24, 1, 3, 4, 8, 2, 6];

    private readonly ArticleContent _article = ContentLibrary.ReadArticle(RepositoryPaths.Content, RepositoryPaths.ShippedArticle).Article
        ?? throw new InvalidOperationException("the shipped article does not read");

    private EditionContent Arabic => _article.Original;

    private EditionContent English => _article.Editions.Single(e => e.Language == "en");

    [Fact]
    public void Both_languages_have_the_same_sections_and_paragraph_counts()
    {
        Assert.Equal(Arabic.Sections.Select(s => s.Id), English.Sections.Select(s => s.Id));
        Assert.Equal(ParagraphsPerSection, Arabic.Sections.Select(s => s.Paragraphs.Count));
        Assert.Equal(ParagraphsPerSection, English.Sections.Select(s => s.Paragraphs.Count));
        Assert.Equal(
            Arabic.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Id)),
            English.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Id)));
    }

    [Fact]
    public void The_english_is_marked_as_the_projects_translation_of_the_arabic()
    {
        Assert.Equal("ar", English.TranslatedFrom);
        Assert.Equal("KazakhArticle", English.Metadata.Translator);
        Assert.Equal("George Haddad", English.Metadata.Author);
        Assert.Equal("al-Ahed News Website", English.Metadata.Outlet);
        Assert.Equal("opinion", English.Metadata.Genre);
    }

    [Fact]
    public void Headings_keep_their_numbering()
    {
        Assert.Equal(
            ["1 –", "2 –", "3 –", "4 –"],
            English.Sections.Skip(3).Take(4).Select(s => s.Title[..3]));
    }

    [Fact]
    public void Every_figure_of_each_arabic_paragraph_is_in_its_english_pair()
    {
        // The two dates the source runs together are given as what they evidently mean, with a note.
        var readings = new Dictionary<string, string> { ["512022"] = "5 January 2022", ["1012022"] = "10 January 2022" };
        foreach (var (arabic, english) in Arabic.Sections.SelectMany(s => s.Paragraphs).Zip(English.Sections.SelectMany(s => s.Paragraphs)))
        {
            foreach (var figure in Figure().Matches(arabic.Text).Select(m => m.Value))
            {
                var expected = readings.GetValueOrDefault(figure, figure);
                Assert.True(english.Text.Contains(expected, StringComparison.Ordinal), $"{english.Id}: '{expected}' is missing");
            }
        }
    }

    [Fact]
    public void Names_are_in_their_standard_english_forms()
    {
        var text = string.Join("\n", English.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Text).Prepend(s.Title)));
        string[] names =
        [
            "Tokayev", "Nazarbayev", "Baikonur", "Vostochny", "Semipalatinsk", "Tengiz", "Kashagan", "Ghawar", "Chevron",
            "Nur Otan", "United Russia", "Collective Security Treaty Organization", "Shanghai Cooperation Organisation",
            "Belt and Road", "Xi Jinping", "Almaty", "Nur-Sultan", "Ain Jalut", "Baybars", "Erdoğan", "(CCTS)",
        ];
        Assert.All(names, name => Assert.Contains(name, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_translators_note_is_referenced_and_kept_apart()
    {
        Assert.Equal(7, English.Notes.Count);
        var html = string.Concat(English.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Html)));
        Assert.All(English.Notes, note => Assert.Contains($"#{note.Id}\"", html, StringComparison.Ordinal));
        Assert.All(English.Sections.SelectMany(s => s.Paragraphs), p => Assert.DoesNotContain("[^", p.Text, StringComparison.Ordinal));
        Assert.Contains("512022", English.Notes[5].Text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\d[\d.,]*\d|\d")]
    private static partial Regex Figure();
}
