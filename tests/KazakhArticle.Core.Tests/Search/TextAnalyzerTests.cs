using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

public sealed class TextAnalyzerTests
{
    [Theory]
    // Harakat, superscript alef and tatweel are removed.
    [InlineData("كَازَاخْسْتَانُ", "كازاخستان")]
    [InlineData("هٰذا", "هذا")]
    [InlineData("كـــازاخ", "كازاخ")]
    // Alef forms fold to bare alef; alef maqsura to yeh; ta marbuta to heh.
    [InlineData("أحمد", "احمد")]
    [InlineData("إيران", "ايران")]
    [InlineData("آسيا", "اسيا")]
    [InlineData("ٱلله", "الله")]
    [InlineData("الوسطى", "الوسطي")]
    [InlineData("دولة", "دوله")]
    // Arabic-Indic and extended digits become ASCII digits.
    [InlineData("١٩٩١", "1991")]
    [InlineData("۲۰۲۲", "2022")]
    // Compatibility forms (presentation forms) and decomposed hamza are normalised first.
    [InlineData("\uFEDF\uFEE0", "لل")]
    [InlineData("\u0627\u0654", "ا")]
    // Latin is lower-cased.
    [InlineData("CCTS", "ccts")]
    public void Normalizes(string input, string expected) => Assert.Equal(expected, TextAnalyzer.Normalize(input));

    [Theory]
    // At most one prefix.
    [InlineData("الكازاخ", "كازاخ")]
    [InlineData("والصين", "صين")]
    [InlineData("بالاضافة", "اضاف")]
    [InlineData("كالعادة", "عاد")]
    [InlineData("فالحزب", "حزب")]
    [InlineData("للصين", "صين")]
    [InlineData("وروسيا", "روسيا")] // light10 has no يا suffix
    // و only from words of four letters or more.
    [InlineData("وقت", "وقت")]
    [InlineData("ورد", "ورد")]
    // Suffixes, each in turn, never leaving fewer than two letters.
    [InlineData("سياستها", "سياس")] // a ta marbuta before a suffix goes as the bare word's does
    [InlineData("سياسة", "سياس")]
    [InlineData("نتيجتين", "نتيج")]
    [InlineData("مؤقتة", "مؤقت")]
    [InlineData("كويتي", "كويت")]
    [InlineData("قبائل", "قبيل")] // a broken plural, from ArabicForms.txt
    [InlineData("القبيلة", "قبيل")]
    [InlineData("والأحزاب", "حزب")]
    [InlineData("الاوروبيون", "اوروب")]
    [InlineData("المسلمين", "مسلم")]
    [InlineData("الحدودية", "حدود")]
    [InlineData("الجمهوريات", "جمهور")]
    [InlineData("روسيا", "روسيا")]
    [InlineData("الروسية", "روس")]
    [InlineData("هي", "هي")]
    [InlineData("له", "له")]
    // Never a stem shorter than three letters (light10 leaves two): Beijing is not "bek", "to" not "the".
    [InlineData("الي", "الي")]
    [InlineData("وفي", "وفي")]
    [InlineData("بكين", "بكين")]
    [InlineData("سنة", "سنه")]
    [InlineData("دولة", "دول")]
    [InlineData("العرب", "عرب")]
    // Vocalised, hamza-written and plain forms meet in one term.
    [InlineData("الإسلامِيَّة", "اسلام")]
    [InlineData("الاسلامية", "اسلام")]
    // Latin words only fold.
    [InlineData("Nazarbayev", "nazarbayev")]
    [InlineData("Kazakhstan's", "kazakhstan")] // a possessive is part of its word, and left out of its term
    [InlineData("Nazarbayev’s", "nazarbayev")]
    [InlineData("civilisation", "civilization")] // British spellings meet American ones
    [InlineData("destabilised", "destabilized")]
    [InlineData("Organisation", "organization")]
    [InlineData("labour", "labor")]
    [InlineData("four", "four")] // too short to be a British spelling
    [InlineData("hour", "hour")]
    public void Stems_words_like_light10(string word, string expected) => Assert.Equal(expected, TextAnalyzer.Term(word));

    [Fact]
    public void Finds_words_with_their_positions_in_the_original_text()
    {
        const string text = "وفي 512022، اندلعت «الأحداث»!";

        var words = TextAnalyzer.Words(text).ToList();

        Assert.Equal(["وفي", "512022", "اندلعت", "احداث"], words.Select(w => w.Term));
        Assert.Equal(["وفي", "512022", "اندلعت", "الأحداث"], words.Select(w => text.Substring(w.Start, w.Length)));
    }

    [Fact]
    public void A_possessive_stays_with_its_word_but_a_quoted_s_does_not()
    {
        const string text = "Kazakhstan's oil, the 's' key, Tokayev’s line and rock 'n' roll";

        var words = TextAnalyzer.Words(text).ToList();

        Assert.Equal(["Kazakhstan's", "oil", "the", "s", "key", "Tokayev’s", "line", "and", "rock", "n", "roll"], words.Select(w => text.Substring(w.Start, w.Length)));
        Assert.Equal(["kazakhstan", "oil", "the", "s", "key", "tokayev", "line", "and", "rock", "n", "roll"], words.Select(w => w.Term));
    }

    [Fact]
    public void Diacritics_do_not_split_a_word()
    {
        var word = Assert.Single(TextAnalyzer.Words("تَمثّل"));
        Assert.Equal(6, word.Length);
    }

    [Fact]
    public void A_prefix_term_keeps_its_ending()
    {
        Assert.Equal("كازاخست", TextAnalyzer.PrefixTerm("الكازاخست"));
        Assert.Equal("tokay", TextAnalyzer.PrefixTerm("Tokay"));
    }
}
