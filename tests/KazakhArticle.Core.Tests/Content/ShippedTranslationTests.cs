using System.Text.RegularExpressions;
using KazakhArticle.Core.Content;
using KazakhArticle.Core.Tests.Support;

namespace KazakhArticle.Core.Tests.Content;

/// <summary>The shipped English is aligned with the Arabic, marked as our translation, and keeps the source's figures.</summary>
public sealed partial class ShippedTranslationTests
{
    private static readonly int[] ParagraphsPerSection = [7, 24, 1, 3, 4, 8, 2, 6];

    private readonly ArticleContent _article = ContentLibrary.ReadArticle(RepositoryPaths.Content, RepositoryPaths.ShippedArticle, TestLinks.Article).Article
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
        // The two dates the source runs together are given as what they evidently mean, with a note; "10 الاف" (10
        // thousand) is written as the number it is, and "5 مرات" as words.
        var readings = new Dictionary<string, string>
        {
            ["overview-p2 5"] = "five times",
            ["512022"] = "5 January 2022",
            ["1012022"] = "10 January 2022",
            ["put-to-the-test-p3 10"] = "10,000",
        };
        foreach (var (arabic, english) in Arabic.Sections.SelectMany(s => s.Paragraphs).Zip(English.Sections.SelectMany(s => s.Paragraphs)))
        {
            // The same value, written the English way: the source's 2.700.025 and 7600 are 2,700,025 and 7,600.
            var englishFigures = Figure().Matches(english.Text).Select(m => ValueOf(m.Value, ',')).ToHashSet(StringComparer.Ordinal);
            foreach (var figure in Figure().Matches(arabic.Text).Select(m => m.Value))
            {
                if (readings.TryGetValue($"{arabic.Id} {figure}", out var reading) || readings.TryGetValue(figure, out reading))
                {
                    Assert.True(english.Text.Contains(reading, StringComparison.Ordinal), $"{english.Id}: '{reading}' (for {figure}) is missing");
                    continue;
                }

                var value = ValueOf(figure, '.', ',');
                Assert.True(englishFigures.Contains(value), $"{english.Id}: {figure} is missing (as {value} written the English way)");
            }
        }
    }

    [Fact]
    public void English_numbers_group_their_thousands_with_commas()
    {
        foreach (var paragraph in English.Sections.SelectMany(s => s.Paragraphs))
        {
            // 900.000 reads as nine hundred in English.
            Assert.False(DottedThousands().IsMatch(paragraph.Text), $"{paragraph.Id}: '{DottedThousands().Match(paragraph.Text).Value}' groups thousands with dots");

            // Quantities of four digits and more are grouped too: 7,600 km, not 7600 km (a year is four digits, and left alone).
            Assert.False(UngroupedQuantity().IsMatch(paragraph.Text), $"{paragraph.Id}: '{UngroupedQuantity().Match(paragraph.Text).Value}' is not grouped");
        }
    }

    [Fact]
    public void The_translation_records_its_revision()
    {
        Assert.Equal(new DateOnly(2026, 11, 27), English.Metadata.Revised);
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

    [Theory]
    [InlineData("overview-p14", "Organization of Turkic States", "Turkic-Speaking States")]
    [InlineData("overview-p18", "Kazakhstan's Security Council", "National Security Council")]
    [InlineData("russian-chinese-line-p1", "“soft underbelly”", "soft flank")]
    [InlineData("kazakhs-and-arabs-p6", "Kazakhstani citizens of Russian origin", "Kazakh citizens")]
    [InlineData("kazakhs-and-arabs-p3", "nomadic", "Bedouin")]
    [InlineData("kazakhs-and-arabs-p5", "scattered nomadic clans", "Bedouin")]
    [InlineData("put-to-the-test-p6", "pro-NATO putschists", "and NATO putschists")]
    // «في عهد يلتسين» qualifies the prospect that fell away, not its fall.
    [InlineData("american-nato-line-p2", "Russia, as in the Yeltsin era, had fallen away", "collapsed in the Yeltsin era")]
    public void Names_and_readings_follow_the_review(string paragraphId, string expected, string replaced)
    {
        var text = Paragraph(paragraphId).Text;
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain(replaced, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_makes_the_line_the_ally()
    {
        Assert.Equal("Kazakhstan Chooses the Eurasian Line Allied with Russia, China and Iran", English.Metadata.Title);
    }

    [Theory]
    [InlineData("kazakhs-and-arabs-p4", "No Kazakh Soviet republic was formed in 1918")]
    [InlineData("overview-p2", "2,724,900 square kilometres")]
    [InlineData("overview-p9", "not the world's largest")]
    [InlineData("overview-p14", "Uzbekistan left it in 2012")]
    [InlineData("overview-p24", "Senior (Great) Zhuz")]
    [InlineData("nazarbayev-line-p1", "19 March 2019")]
    public void Where_the_source_is_wrong_a_note_says_so(string paragraphId, string said)
    {
        var html = Paragraph(paragraphId).Html;
        Assert.Contains(English.Notes, note => html.Contains($"#{note.Id}\"", StringComparison.Ordinal) && note.Text.Contains(said, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_translators_note_is_referenced_and_kept_apart()
    {
        Assert.Equal(10, English.Notes.Count);
        var html = string.Concat(English.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Html)));
        Assert.All(English.Notes, note => Assert.Contains($"#{note.Id}\"", html, StringComparison.Ordinal));
        Assert.All(English.Sections.SelectMany(s => s.Paragraphs), p => Assert.DoesNotContain("[^", p.Text, StringComparison.Ordinal));
        // Numbered in the order they are referenced: the area's (overview-p2) is the second.
        Assert.Contains("2,724,900", English.Notes[1].Text, StringComparison.Ordinal);
        Assert.Contains("512022", English.Notes[8].Text, StringComparison.Ordinal);
    }

    private ParagraphContent Paragraph(string id) => English.Sections.SelectMany(s => s.Paragraphs).Single(p => p.Id == id);

    /// <summary>A figure's value as digits (and a decimal point): its thousands separators, given, are dropped.</summary>
    private static string ValueOf(string figure, params char[] thousandsSeparators)
    {
        foreach (var separator in thousandsSeparators)
        {
            if (Regex.IsMatch(figure, $@"^\d{{1,3}}(\{separator}\d{{3}})+$"))
            {
                return figure.Replace(separator.ToString(), "", StringComparison.Ordinal);
            }
        }

        return figure;
    }

    [GeneratedRegex(@"\d[\d.,]*\d|\d")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b\d{1,3}(\.\d{3})+(?![\d.])")]
    private static partial Regex DottedThousands();

    [GeneratedRegex(@"(?<![\d.,])(\d{5,}|\d{4}(?=\s+(km|kilometres|years|barrels|square|people|dollars|roubles)\b))(?![\d.,])")]
    private static partial Regex UngroupedQuantity();
}
