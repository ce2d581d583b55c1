using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>
/// The edges of the analyzer: where a word ends (possessives, marks), the forms a query asks for beside its term
/// (proclitics, the accusative), the surfaces indexed for ranking, and the spellings and letters it folds.
/// </summary>
public sealed class AnalyzerEdgeTests
{
    private static string[] WordsOf(string text) => [.. TextAnalyzer.Words(text).Select(w => text.Substring(w.Start, w.Length))];

    private static string[] TermsOf(string text) => [.. TextAnalyzer.Words(text).Select(w => w.Term)];

    [Theory]
    [InlineData("Kazakhstan's", new[] { "Kazakhstan's" })] // at the end of the text
    [InlineData("KAZAKHSTAN'S oil", new[] { "KAZAKHSTAN'S", "oil" })]
    [InlineData("Kazakhstan's, oil", new[] { "Kazakhstan's", "oil" })]
    [InlineData("Kazakhstan'sx", new[] { "Kazakhstan", "sx" })] // not a possessive: a word goes on after it
    [InlineData("Kazakhstan's5", new[] { "Kazakhstan", "s5" })]
    [InlineData("Kazakhstan'", new[] { "Kazakhstan" })] // a closing quote
    [InlineData("Kazakhstan' s", new[] { "Kazakhstan", "s" })]
    [InlineData("Kazakhstan’t", new[] { "Kazakhstan", "t" })]
    [InlineData("Kazakhstan\"s", new[] { "Kazakhstan", "s" })]
    [InlineData("1990's", new[] { "1990", "s" })] // only after a Latin letter
    [InlineData("Москва's", new[] { "Москва", "s" })]
    [InlineData("'s", new[] { "s" })]
    public void A_possessive_is_part_of_its_word_only_after_a_latin_letter_and_before_the_word_ends(string text, string[] expected) =>
        Assert.Equal(expected, WordsOf(text));

    [Fact]
    public void A_possessive_in_capitals_is_left_out_of_the_term()
    {
        Assert.Equal(["kazakhstan", "oil"], TermsOf("KAZAKHSTAN'S oil"));
        Assert.Equal("kazakhstan", TextAnalyzer.Term("Kazakhstan’S"));
    }

    [Theory]
    [InlineData("ـــ كازاخ", new[] { "كازاخ" })] // tatweels alone: no word
    [InlineData("ـَـ ، ـــ", new string[0])]
    [InlineData("... --- «»", new string[0])]
    [InlineData("", new string[0])]
    public void Words_without_a_term_are_not_words(string text, string[] expected) =>
        Assert.Equal(expected, TermsOf(text));

    [Theory]
    [InlineData("كَـــازاخ", "كَـــازاخ")] // marks and tatweels stay inside the word
    [InlineData("ـكازاخ", "ـكازاخ")] // a tatweel may begin one
    [InlineData("\u064Eكازاخ", "كازاخ")] // a haraka may not
    [InlineData("x\u0301y", "x\u0301y")] // nor may a combining mark outside Arabic, but it is part of one
    [InlineData("\u0301xy", "xy")]
    [InlineData("क्षि", "क्षि")] // a spacing mark (Devanagari) too
    [InlineData("ab٣c", "ab٣c")]
    public void Where_a_word_begins_and_ends(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(WordsOf(text)));

    [Fact]
    public void A_word_s_position_is_that_of_its_first_letter()
    {
        const string text = "«  الأحداث»، و Kazakhstan's";

        var words = TextAnalyzer.Words(text).ToList();

        Assert.Equal([(3, 7), (13, 1), (15, 12)], words.Select(w => (w.Start, w.Length)));
    }

    [Theory]
    [InlineData("organisations", "organizations")]
    [InlineData("organisation", "organization")]
    [InlineData("realising", "realizing")]
    [InlineData("realised", "realized")]
    [InlineData("realises", "realizes")]
    [InlineData("realise", "realize")]
    [InlineData("colours", "colors")]
    [InlineData("colour", "color")] // six letters
    [InlineData("arise", "arise")] // five: not a British spelling
    [InlineData("tours", "tours")]
    [InlineData("nazarbayev", "nazarbayev")]
    public void Every_british_spelling_meets_its_american_form(string word, string expected) =>
        Assert.Equal(expected, TextAnalyzer.Term(word));

    [Fact]
    public void The_index_text_is_the_terms_one_space_apart()
    {
        Assert.Equal("كازاخ ccts 1991 روس", TextAnalyzer.IndexText("الكازاخ، CCTS — ١٩٩١ الروسية"));
        Assert.Equal("", TextAnalyzer.IndexText("ـــ «»"));
    }

    [Fact]
    public void Surfaces_are_the_arabic_words_normalised_not_stemmed_each_marked()
    {
        var m = TextAnalyzer.SurfaceMark;

        Assert.Equal($"{m}والصينيه {m}روسيا", TextAnalyzer.SurfaceText("Kazakh والصينيّة 1991 ـــ روسيا"));
        Assert.Equal("", TextAnalyzer.SurfaceText("Kazakh 1991"));
        Assert.Equal($"{m}الاحداث", TextAnalyzer.Surface("الأحداث"));
        Assert.Null(TextAnalyzer.Surface("Kazakh"));
    }

    [Theory]
    [InlineData("\u0620")] // the first of the Arabic letters
    [InlineData("\u064A")] // ي, the last of the basic ones
    [InlineData("\u066E")] // the first of the extended ones
    [InlineData("\u06D3")] // the last
    [InlineData("1\u064A")]
    public void A_word_with_any_arabic_letter_is_arabic(string word)
    {
        Assert.Equal(TextAnalyzer.SurfaceMark + word, TextAnalyzer.Surface(word));
        Assert.NotEmpty(TextAnalyzer.CliticForms(word, 1));
    }

    [Theory]
    [InlineData("\u061F")] // the Arabic question mark
    [InlineData("\u066D")] // the Arabic five-pointed star
    [InlineData("\u06D4")] // the Arabic full stop
    [InlineData("123")]
    public void A_word_without_an_arabic_letter_is_not(string word)
    {
        Assert.Null(TextAnalyzer.Surface(word));
        Assert.Empty(TextAnalyzer.CliticForms(word, 1));
    }

    [Theory]
    [InlineData("روسيا", "فبروسيا,فلروسيا,فكروسيا,بروسيا,لروسيا,كروسيا,فروسيا")]
    [InlineData("روما", "فبروما,فلروما,فكروما,بروما,لروما,كروما,فروما")] // four letters: the fewest
    // A proclitic typed: the word without it as well, and that word with the others (فلموسكو once).
    [InlineData("لموسكو", "فبلموسكو,فللموسكو,فكلموسكو,بلموسكو,للموسكو,كلموسكو,فلموسكو,موسكو,فبموسكو,فكموسكو,بموسكو,كموسكو,فموسكو")]
    [InlineData("لروما", "فبلروما,فللروما,فكلروما,بلروما,للروما,كلروما,فلروما,روما,فبروما,فكروما,بروما,كروما,فروما")]
    [InlineData("فلموسكو", "فبفلموسكو,فلفلموسكو,فكفلموسكو,بفلموسكو,لفلموسكو,كفلموسكو,ففلموسكو,موسكو,فبموسكو,فكموسكو,بموسكو,لموسكو,كموسكو,فموسكو")]
    [InlineData("لندن", "فبلندن,فللندن,فكلندن,بلندن,للندن,كلندن,فلندن")] // London keeps its ل: ندن is too short
    [InlineData("بحر", "")] // three letters: too often another word
    [InlineData("moscow", "")]
    public void A_query_term_asks_for_its_forms_with_and_without_a_proclitic(string term, string expected) =>
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), TextAnalyzer.CliticForms(term));

    [Fact]
    public void A_word_of_a_phrase_may_have_three_letters_without_its_proclitic()
    {
        Assert.Equal(["فبحرب", "فلحرب", "فكحرب", "بحرب", "لحرب", "كحرب", "فحرب"], TextAnalyzer.CliticForms("حرب", TextAnalyzer.MinimumStem));
        Assert.Equal(["فبلحرب", "فللحرب", "فكلحرب", "بلحرب", "للحرب", "كلحرب", "فلحرب", "حرب", "فبحرب", "فكحرب", "بحرب", "كحرب", "فحرب"], TextAnalyzer.CliticForms("لحرب", TextAnalyzer.MinimumStem));
    }

    [Theory]
    [InlineData("جسر", "جسرا")] // three letters: the fewest
    [InlineData("جسرٌ", "جسرا")]
    [InlineData("الجسر", "جسرا")]
    [InlineData("جزء", "جزءا")]
    [InlineData("الأمريكية", null)] // a suffix was taken
    [InlineData("روسيا", null)] // ends in alef
    [InlineData("دولة", null)] // in ta marbuta
    [InlineData("مع", null)] // shorter than a stem
    [InlineData("bridge", null)]
    public void The_accusative_form_of_a_bare_word(string word, string? expected) =>
        Assert.Equal(expected, TextAnalyzer.AccusativeForm(word));

    [Fact]
    public void Long_words_are_analysed_as_short_ones()
    {
        var latin = string.Concat(Enumerable.Repeat("Abc", 30));
        var arabic = "ال" + string.Concat(Enumerable.Repeat("كَتب", 20)) + "ية";

        Assert.Equal(latin.ToLowerInvariant(), TextAnalyzer.Term(latin));
        Assert.Equal(latin.ToLowerInvariant(), TextAnalyzer.Normalize(latin));
        Assert.Equal(string.Concat(Enumerable.Repeat("كتب", 20)), TextAnalyzer.Term(arabic));
        Assert.Equal("ال" + string.Concat(Enumerable.Repeat("كتب", 20)) + "يه", TextAnalyzer.Normalize(arabic));
        Assert.Equal(latin.ToLowerInvariant(), TextAnalyzer.PrefixTerm(latin));
    }

    [Theory]
    [InlineData("\u0623\u064E\u0625\u0622\u0671", "اااا")] // every alef form, and a haraka between
    [InlineData("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669", "0123456789")]
    [InlineData("\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9", "0123456789")]
    [InlineData("ب\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u065F\u0670\u0640", "ب")] // every mark and the tatweel go
    [InlineData("ÉCOLE", "école")]
    [InlineData("پژوهش", "پژوهش")] // Persian letters are kept
    [InlineData("a\u200Db", "ab")] // a joiner (a format character) goes
    [InlineData("ى", "ي")]
    [InlineData("ة", "ه")]
    public void Normalisation_folds_every_form_of_a_letter(string word, string expected) =>
        Assert.Equal(expected, TextAnalyzer.Normalize(word));

    [Theory]
    [InlineData("وبالغاز", "غاز")]
    [InlineData("وكالغاز", "غاز")]
    [InlineData("فبالغاز", "غاز")]
    [InlineData("فكالغاز", "غاز")]
    [InlineData("وللغاز", "غاز")]
    [InlineData("فللغاز", "غاز")]
    [InlineData("والغاز", "غاز")]
    [InlineData("بالغاز", "غاز")]
    [InlineData("كالغاز", "غاز")]
    [InlineData("فالغاز", "غاز")]
    [InlineData("للغاز", "غاز")]
    [InlineData("وغاز", "غاز")]
    [InlineData("الغاز", "غاز")]
    [InlineData("بال", "بال")] // a prefix is not taken from a word it would leave shorter than a stem
    public void Each_prefix_is_taken_from_a_word_the_first_that_fits(string word, string expected) =>
        Assert.Equal(expected, TextAnalyzer.PrefixTerm(word));

    [Theory]
    [InlineData("كتابها", "كتاب")]
    [InlineData("كتابان", "كتاب")]
    [InlineData("كتابات", "كتاب")]
    [InlineData("كاتبون", "كاتب")]
    [InlineData("كاتبين", "كاتب")]
    [InlineData("كتابيه", "كتاب")]
    [InlineData("كتابه", "كتاب")]
    [InlineData("كتابي", "كتاب")]
    [InlineData("عاصمتها", "عاصم")] // a ta marbuta before her goes with it
    [InlineData("عاصمتين", "عاصم")] // and before the dual's ين
    [InlineData("كلمتها", "كلم")] // four letters left with the ت: the fewest it goes from
    [InlineData("بيتها", "بيت")] // not from a word it would leave shorter than a stem
    [InlineData("سكوتي", "سكوت")] // nor before another suffix
    [InlineData("سكوتان", "سكوت")]
    public void Each_suffix_is_taken_from_a_word(string word, string expected) =>
        Assert.Equal(expected, TextAnalyzer.Term(word));
}
