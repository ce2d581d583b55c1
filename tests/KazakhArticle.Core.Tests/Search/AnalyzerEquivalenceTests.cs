using System.Text.RegularExpressions;
using KazakhArticle.Core.Search;
using KazakhArticle.Core.Tests.Search.Reference;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>
/// The analyzer and the marker skip ICU for text that normalisation leaves as it is, and analyse each word once;
/// they must give exactly what they gave before (see Reference/), for the index and the marks to stay the same.
/// </summary>
public sealed partial class AnalyzerEquivalenceTests
{
    public static TheoryData<string> Words => new()
    {
        // Letters that compose with a following mark, in NFKC: ؤ ئ آ أ إ ۀ.
        "\u0648\u0654", "\u064A\u0654", "\u0627\u0653", "\u0627\u0654", "\u0627\u0655", "\u06D5\u0654", "ال\u0648\u0654لف",
        // Compatibility forms: presentation forms, a ligature of a whole phrase, Latin ligatures, superscripts, full width.
        "\uFEDF\uFEE0", "\uFEFB", "\uFDFA", "\uFB01le", "x\u00B2", "\uFF21\uFF22\uFF23", "\u0675",
        // Latin with marks, composed and not; case outside ASCII.
        "Café", "Cafe\u0301", "ÉCOLE", "İstanbul", "STRAẞE", "ΣΟΦΊΑ", "Москва",
        // Tatweel and marks alone, marks out of order, Persian and Urdu letters, digits of every kind.
        "ـــ", "ـ\u064Eـ", "\u0643\u064E\u0651", "\u0643\u0651\u064E", "پژوهش", "گ", "ی", "١٩١٧", "۱۲۳", "12ab", "ك19",
        // The private-use marks highlight() uses, and a lone surrogate.
        "\uE000كازاخستان\uE001", "a\uD800b",
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void Terms_are_those_of_full_unicode_normalisation(string word)
    {
        Assert.Equal(ReferenceAnalyzer.Normalize(word), TextAnalyzer.Normalize(word));
        Assert.Equal(ReferenceAnalyzer.Term(word), TextAnalyzer.Term(word));
        Assert.Equal(ReferenceAnalyzer.PrefixTerm(word), TextAnalyzer.PrefixTerm(word));
        Assert.Equal(ReferenceAnalyzer.Words(word), TextAnalyzer.Words(word));
    }

    [Fact]
    public void Every_character_starts_ends_and_folds_words_as_before()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = $"{(char)c}ب{(char)c} a{(char)c}";
            Assert.Equal(ReferenceAnalyzer.Words(text), TextAnalyzer.Words(text));
        }
    }

    [Fact]
    public void The_shipped_article_is_indexed_as_before()
    {
        foreach (var text in ShippedTexts())
        {
            Assert.Equal(ReferenceAnalyzer.Words(text), TextAnalyzer.Words(text));
            Assert.Equal(ReferenceAnalyzer.IndexText(text), TextAnalyzer.IndexText(text));
        }
    }

    [Fact]
    public void Snippets_and_marks_are_as_before()
    {
        var texts = ShippedTexts().ToList();
        var terms = texts.SelectMany(ReferenceAnalyzer.Words).Select(w => w.Term).Distinct().ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            var own = ReferenceAnalyzer.Words(texts[i]).Select(w => w.Term).ToList();

            // The first match at the start, anywhere, near the end, at the end; or none at all.
            var sets = new List<HashSet<string>> { new(StringComparer.Ordinal) { terms[(i * 7) % terms.Count] } };
            foreach (var at in new[] { 0, own.Count / 3, own.Count - 12, own.Count - 1 }.Where(a => a >= 0 && a < own.Count))
            {
                sets.Add(new HashSet<string>(StringComparer.Ordinal) { own[at], own[(at * 13) % own.Count] });
            }

            foreach (var marked in sets)
            {
                var indexText = ReferenceAnalyzer.IndexText(texts[i]);
                var highlighted = Highlight(indexText, marked);
                foreach (var maxWords in new[] { 36, 5, 1, 1000 })
                {
                    var expected = ReferenceMarker.Snippet(texts[i], marked, maxWords);
                    Assert.Equal(expected, HitMarker.Snippet(texts[i], marked, maxWords));
                    Assert.Equal(expected, HitMarker.Snippet(texts[i], indexText, marked, maxWords));
                    Assert.Equal(expected, HitMarker.Snippet(texts[i], highlighted, marked, maxWords));
                }

                // Any set, not only a HashSet with an ordinal comparer.
                var sorted = new SortedSet<string>(marked, StringComparer.Ordinal);
                Assert.Equal(ReferenceMarker.Snippet(texts[i], sorted), HitMarker.Snippet(texts[i], sorted));

                var html = $"<p>{System.Net.WebUtility.HtmlEncode(texts[i])} <a href=\"#n\">{own.FirstOrDefault()}</a> &amp; «x»</p>";
                Assert.Equal(ReferenceMarker.MarkHtml(html, marked), HitMarker.MarkHtml(html, marked));
            }
        }
    }

    [Theory]
    [InlineData("ـــ كازاخستان ـــ ـَـ روسيا", "روسيا")]
    [InlineData("ـــ ـَـ \uFDFA كازاخستان", "كازاخستان")]
    [InlineData("a b c d e f g h i j k l m n o p q r s t u v w x y z ـ ـ ـ", "c")]
    [InlineData("Caf\u00E9 \u00C9COLE x\u00B2 \uFB01le <b> & \"q\" 'a'", "ecole")]
    [InlineData("", "x")]
    [InlineData("«»", "x")]
    public void Snippets_of_unusual_text_are_as_before(string text, string term)
    {
        var marked = new HashSet<string>(StringComparer.Ordinal) { term };
        foreach (var maxWords in new[] { 36, 3, 1 })
        {
            var expected = ReferenceMarker.Snippet(text, marked, maxWords);
            Assert.Equal(expected, HitMarker.Snippet(text, marked, maxWords));
            Assert.Equal(expected, HitMarker.Snippet(text, ReferenceAnalyzer.IndexText(text), marked, maxWords));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("كازاخستان")]
    [InlineData("x y z")]
    [InlineData("x  y")]
    public void A_snippet_whose_index_text_runs_short_is_still_right(string indexText)
    {
        const string text = "كازاخستان بلد كبير في آسيا الوسطى، وروسيا جارتها. كازاخستان وروسيا";
        var marked = new HashSet<string>(StringComparer.Ordinal) { "روسيا" };

        Assert.Equal(ReferenceMarker.Snippet(text, marked), HitMarker.Snippet(text, indexText, marked));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b c")]
    [InlineData("\uE000a\uE001 b c")]
    [InlineData("a b \uE000c\uE001")]
    [InlineData("a \uE000b c\uE001 d")]
    [InlineData("\uE000a b\uE001 \uE000c\uE001 d \uE000e\uE001")]
    [InlineData("x \uE000\uE001 y")]
    [InlineData("x \uE000 \uE001 y")]
    [InlineData("\uE000a")]
    [InlineData("a\uE000b\uE001c d")]
    [InlineData("a  \uE000b\uE001  c")]
    [InlineData("\uE001a \uE000b")]
    public void Reads_the_marked_terms_as_before(string highlighted) =>
        Assert.Equal(ReferenceMarker.MarkedTerms(highlighted), HitMarker.MarkedTerms(highlighted));

    /// <summary>As highlight() marks an index text: the matched terms between the private-use marks.</summary>
    private static string Highlight(string indexText, HashSet<string> marked) =>
        string.Join(' ', indexText.Split(' ').Select(t => marked.Contains(t) ? $"{HitMarker.Open}{t}{HitMarker.Close}" : t));

    private static IEnumerable<string> ShippedTexts() =>
        ShippedFiles
            .SelectMany(file => File.ReadAllText(Path.Combine(RepositoryPaths.ShippedArticle, file)).Split("\n\n"))
            .Select(block => Markup().Replace(block, " "));

    private static readonly string[] ShippedFiles = ["ar.md", "en.md"];

    [GeneratedRegex(@"\[\^\d+\]|[#*_>{}\[\]]")]
    private static partial Regex Markup();
}
