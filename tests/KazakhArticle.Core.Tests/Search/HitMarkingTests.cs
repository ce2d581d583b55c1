using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>
/// Which words a snippet or a page marks, and how the rest of the text is written around the marks: where
/// highlight() marked a term, and only there; the text HTML-encoded as it was; the passage chosen around the matches.
/// </summary>
public sealed class HitMarkingTests
{
    private const char O = HitMarker.Open;
    private const char C = HitMarker.Close;
    private const string Mark = "<mark class=\"hit\">";
    private const string EndMark = "</mark>";

    private static HashSet<string> Terms(params string[] terms) => new(terms, StringComparer.Ordinal);

    [Theory]
    [InlineData("a \uE000b\uE001 c", new[] { "b" })]
    [InlineData("\uE000a b\uE001 c", new[] { "a", "b" })] // a phrase: every term between the marks
    [InlineData("\uE000a\uE001 b \uE000c\uE001", new[] { "a", "c" })]
    [InlineData("\uE000a\uE001 \uE000b\uE001", new[] { "a", "b" })] // a mark right after the last
    [InlineData("a b \uE000c\uE001 d e f \uE000g\uE001 h", new[] { "c", "g" })] // a second mark further on is found too
    [InlineData("a b c \uE000d", new[] { "d" })] // a mark left open at the end
    [InlineData("x\uE000y\uE001 z", new[] { "xy" })] // a mark inside a term marks it, without the marks
    [InlineData("x \uE000\uE001 y", new string[0])] // nothing between the marks is no term
    [InlineData("a b c", new string[0])]
    public void Reads_the_terms_highlight_marked(string highlighted, string[] expected) =>
        Assert.Equal(expected, HitMarker.MarkedTerms(highlighted));

    [Fact]
    public void A_snippet_whose_matches_fill_its_passage_shows_all_of_them()
    {
        // 100 words, the hits 36 words apart: the default passage of 36 words holds both only from the first.
        var text = string.Join(' ', Enumerable.Range(0, 100).Select(i => i is 40 or 75 ? "hit" : $"w{i}"));

        var snippet = HitMarker.Snippet(text, Terms("hit"));

        Assert.Equal(2, snippet.Split(Mark).Length - 1);
        Assert.StartsWith($"… {Mark}hit{EndMark} w41", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snippet_encodes_the_text_around_its_marks_as_html()
    {
        var snippet = HitMarker.Snippet("café < hit & 😀 'x' \"y\"", Terms("hit"));

        Assert.Equal($"caf&#233; &lt; {Mark}hit{EndMark} &amp; &#128512; &#39;x&#39; &quot;y&quot;", snippet);
    }

    [Fact]
    public void A_marked_word_is_encoded_too()
    {
        var snippet = HitMarker.Snippet("le café noir", Terms("café"));

        Assert.Equal($"le {Mark}caf&#233;{EndMark} noir", snippet);
    }

    [Theory]
    [InlineData("«»", "&#171;&#187;")]
    [InlineData("<> & ...", "&lt;&gt; &amp; ...")]
    [InlineData("", "")]
    public void A_text_without_words_is_its_own_snippet_encoded(string text, string expected) =>
        Assert.Equal(expected, HitMarker.Snippet(text, Terms("x")));

    [Fact]
    public void Arabic_text_is_written_as_it_is()
    {
        var snippet = HitMarker.Snippet("زار الرئيسُ كازاخستانَ أمس", Terms(TextAnalyzer.Term("كازاخستان")));

        Assert.Equal($"زار الرئيسُ {Mark}كازاخستانَ{EndMark} أمس", snippet);
    }

    [Fact]
    public void A_word_longer_than_the_stack_buffer_is_marked()
    {
        var word = new string('w', 100);

        var snippet = HitMarker.Snippet($"a {word} b", Terms(word));

        Assert.Equal($"a {Mark}{word}{EndMark} b", snippet);
    }

    [Fact]
    public void A_text_of_one_letter_words_is_marked_to_its_last_word()
    {
        // As many words as a text of its length can have: a word every other character.
        const string text = "a b c d e f g h i j k l m n o p q";

        Assert.Equal($"a b c d e f g h i j k l m n o p {Mark}q{EndMark}", HitMarker.Snippet(text, Terms("q")));
        Assert.Equal($"a b c d e f g h i j k l m n o p {Mark}q{EndMark}", HitMarker.Snippet(text, text, Terms("q")));
    }

    [Fact]
    public void Words_of_tatweels_alone_take_no_place_in_the_passage()
    {
        // Three words and a passage of three: the whole text, without an ellipsis.
        var snippet = HitMarker.Snippet("ـــ ـــ ـــ a b hit", Terms("hit"), maxWords: 3);

        Assert.Equal($"ـــ ـــ ـــ a b {Mark}hit{EndMark}", snippet);
    }

    [Fact]
    public void A_passage_cut_at_both_ends_shows_an_ellipsis_at_each()
    {
        var snippet = HitMarker.Snippet("a b c hit d e f", Terms("hit"), maxWords: 3);

        Assert.Equal($"… c {Mark}hit{EndMark} d …", snippet);
    }

    [Fact]
    public void A_passage_at_the_start_has_no_leading_ellipsis()
    {
        var snippet = HitMarker.Snippet("hit a b c d", Terms("hit"), maxWords: 2);

        Assert.Equal($"{Mark}hit{EndMark} a …", snippet);
    }

    [Fact]
    public void A_passage_at_the_end_runs_to_the_end_of_the_text()
    {
        var snippet = HitMarker.Snippet("a b c d hit.", Terms("hit"), maxWords: 2);

        Assert.Equal($"… d {Mark}hit{EndMark}.", snippet);
    }

    [Fact]
    public void With_marks_in_the_index_text_only_the_phrase_s_words_are_marked()
    {
        const string text = "طريق الحرير ثم الطريق";

        var byPlace = HitMarker.Snippet(text, $"{O}طريق حرير{C} ثم طريق", Terms("طريق", "حرير"));
        var byTerm = HitMarker.Snippet(text, null, Terms("طريق", "حرير"));

        Assert.Equal($"{Mark}طريق{EndMark} {Mark}الحرير{EndMark} ثم الطريق", byPlace);
        Assert.Equal($"{Mark}طريق{EndMark} {Mark}الحرير{EndMark} ثم {Mark}الطريق{EndMark}", byTerm);
    }

    [Fact]
    public void A_mark_closed_on_a_word_marks_no_word_after_it()
    {
        var snippet = HitMarker.Snippet("one two three four", $"one {O}two{C} three four", Terms("two"));

        Assert.Equal($"one {Mark}two{EndMark} three four", snippet);
    }

    [Fact]
    public void A_phrase_left_open_marks_every_word_to_the_end()
    {
        var snippet = HitMarker.Snippet("one two three four", $"one {O}two three four", Terms("two"));

        Assert.Equal($"one {Mark}two{EndMark} {Mark}three{EndMark} {Mark}four{EndMark}", snippet);
    }

    [Fact]
    public void Without_marks_the_index_text_gives_each_word_its_term()
    {
        // The index text stands for the words' analysed terms: they are not worked out again.
        var snippet = HitMarker.Snippet("alpha beta gamma", "x hit y", Terms("hit"));

        Assert.Equal($"alpha {Mark}beta{EndMark} gamma", snippet);
    }

    [Theory]
    // Words of letters that normalisation keeps as they are: the hamza, sukun, the Arabic-Indic digits, the
    // superscript alef, alef wasla. An index text written by an earlier analyzer gave them other terms.
    [InlineData("سماء")]
    [InlineData("كتْب")]
    [InlineData("٢٠٠٠")]
    [InlineData("١٩٩١")]
    [InlineData("هٰذا")]
    [InlineData("ٱلله")]
    [InlineData("ready")]
    public void The_index_text_decides_a_word_s_term_as_it_decided_the_match(string word)
    {
        var snippet = HitMarker.Snippet($"{word} x", "old x", Terms("old"));

        Assert.Equal($"{Mark}{word}{EndMark} x", snippet);
    }

    [Fact]
    public void Without_marks_an_index_token_with_stray_marks_is_read_without_them()
    {
        var snippet = HitMarker.Snippet("alpha beta gamma", $"x hit{C} y", Terms("hit"));

        Assert.Equal($"alpha {Mark}beta{EndMark} gamma", snippet);
    }

    [Theory]
    [InlineData("ـــ hit x hit")] // tatweels alone: a word the index has no term for
    [InlineData("ـٔ hit x hit")] // a tatweel and a hamza, which normalisation does not keep as it is: no term either
    [InlineData("ـَـ hit x hit")] // a tatweel and a haraka
    public void A_word_without_a_term_takes_no_token_of_the_index_text(string text)
    {
        var snippet = HitMarker.Snippet(text, $"hit x {O}hit{C}", Terms("hit"));

        Assert.Equal(text[..text.LastIndexOf(' ')] + $" {Mark}hit{EndMark}", snippet);
    }

    [Fact]
    public void A_word_of_several_terms_is_marked_when_highlight_marked_one_of_them()
    {
        // ﷺ is four words, صلى الله عليه وسلم, and four terms of the index text.
        const string text = "قال \uFDFA اليوم";

        Assert.Equal($"قال {Mark}\uFDFA{EndMark} اليوم", HitMarker.Snippet(text, $"قال صلي {O}الله{C} عليه وسلم يوم", Terms("الله")));
        Assert.Equal($"قال \uFDFA {Mark}اليوم{EndMark}", HitMarker.Snippet(text, $"قال صلي الله عليه وسلم {O}يوم{C}", Terms("يوم")));
    }

    [Theory]
    [InlineData("قال صلي \uE000الله عليه\uE001 وسلم يوم")] // a phrase of two of its terms
    [InlineData("قال \uE000صلي الله عليه وسلم\uE001 يوم")] // of all four
    [InlineData("قال \uE000صلي\uE001 الله \uE000عليه\uE001 وسلم يوم")] // two of them apart
    public void A_word_of_several_terms_is_marked_once_when_highlight_marked_several(string highlighted)
    {
        const string text = "قال \uFDFA اليوم";

        Assert.Equal($"قال {Mark}\uFDFA{EndMark} اليوم", HitMarker.Snippet(text, highlighted, Terms("الله")));
        Assert.Equal($"<p>قال {Mark}\uFDFA{EndMark} اليوم</p>", HitMarker.MarkHtml("<p>قال \uFDFA اليوم</p>", highlighted));
    }

    [Fact]
    public void A_word_of_several_terms_is_matched_by_its_whole_term_without_marks()
    {
        const string text = "قال \uFDFA اليوم";
        const string indexText = "قال صلي الله عليه وسلم يوم";

        Assert.Equal($"قال {Mark}\uFDFA{EndMark} اليوم", HitMarker.Snippet(text, indexText, Terms("صلي الله عليه وسلم")));
        Assert.Equal("قال \uFDFA اليوم", HitMarker.Snippet(text, indexText, Terms("الله")));
    }

    [Theory]
    [InlineData("قال صلي الله")] // the index text ends inside the word of several terms
    [InlineData("قال")] // the index text ends before it
    [InlineData("قال صلي الله عليه وسلم  يوم")] // an empty token where a term should be
    public void An_index_text_that_is_not_the_text_s_is_set_aside_for_the_terms(string indexText)
    {
        const string text = "قال \uFDFA اليوم";

        Assert.Equal($"قال \uFDFA {Mark}اليوم{EndMark}", HitMarker.Snippet(text, indexText, Terms("يوم")));
    }

    [Fact]
    public void Without_marks_an_index_token_of_marks_alone_is_no_term()
    {
        var snippet = HitMarker.Snippet("alpha beta gamma", $"hit {C} hit", Terms("hit"));

        Assert.Equal($"{Mark}alpha{EndMark} beta {Mark}gamma{EndMark}", snippet);
    }

    [Fact]
    public void An_index_text_that_ends_inside_the_last_word_is_set_aside_for_the_terms()
    {
        // It runs out in ﷺ's four terms: the marks it has are not this text's, so every يوم is marked, not only the second.
        const string text = "اليوم قال اليوم \uFDFA";

        var snippet = HitMarker.Snippet(text, $"يوم قال {O}يوم{C} صلي", Terms("يوم"));

        Assert.Equal($"{Mark}اليوم{EndMark} قال {Mark}اليوم{EndMark} \uFDFA", snippet);
    }

    [Fact]
    public void A_set_without_a_span_lookup_matches_as_well()
    {
        var sorted = new SortedSet<string>(StringComparer.Ordinal) { "hit" };

        Assert.Equal($"a {Mark}hit{EndMark} b", HitMarker.Snippet("a hit b", sorted));
        Assert.Equal($"a {Mark}hit{EndMark} b", HitMarker.Snippet("a hit b", "a hit b", sorted));
        Assert.Equal($"<p>a {Mark}hit{EndMark} b</p>", HitMarker.MarkHtml("<p>a hit b</p>", sorted));
    }

    [Fact]
    public void The_first_marked_word_is_given_as_written()
    {
        Assert.Equal("وَالصِّين", HitMarker.FirstMarkedWord("قال: وَالصِّين والصين", $"قال {O}صين{C} صين"));
        Assert.Equal("Kazakhstan's", HitMarker.FirstMarkedWord("oil of Kazakhstan's steppe", $"oil of {O}kazakhstan{C} steppe"));
    }

    [Fact]
    public void No_marked_word_is_null()
    {
        Assert.Null(HitMarker.FirstMarkedWord("oil of Kazakhstan", "oil of kazakhstan"));
        Assert.Null(HitMarker.FirstMarkedWord("oil of Kazakhstan", $"{O}gas{C}"));
    }

    [Fact]
    public void A_page_is_left_as_it_is_when_nothing_was_marked()
    {
        const string Html = "<p>caf&eacute; &nbsp;<b>hit</b></p>";

        // Not decoded and encoded again, which would write &#233; for &eacute;: the place's index text, unmarked.
        Assert.Equal(Html, HitMarker.MarkHtml(Html, TextAnalyzer.IndexText("café hit")));
        Assert.Equal(Html, HitMarker.MarkHtml(Html, new HashSet<string>()));
    }

    [Fact]
    public void A_page_s_text_is_decoded_marked_and_encoded_again_and_its_tags_kept()
    {
        const string Html = "<p title=\"hit\">caf&eacute; &lt;hit&gt; <b class='x'>hit</b>&amp;more</p>";

        var marked = HitMarker.MarkHtml(Html, Terms("hit"));

        Assert.Equal($"<p title=\"hit\">caf&#233; &lt;{Mark}hit{EndMark}&gt; <b class='x'>{Mark}hit{EndMark}</b>&amp;more</p>", marked);
    }

    [Fact]
    public void A_page_whose_index_text_has_an_empty_token_is_marked_by_term()
    {
        var marked = HitMarker.MarkHtml("<p>one two one</p>", $"{O}one{C}  two one");

        Assert.Equal($"<p>{Mark}one{EndMark} two {Mark}one{EndMark}</p>", marked);
    }

    [Fact]
    public void A_page_marks_a_long_word()
    {
        var word = new string('w', 100);

        Assert.Equal($"<p>{Mark}{word}{EndMark} x</p>", HitMarker.MarkHtml($"<p>{word} x</p>", Terms(word)));
    }

    [Fact]
    public void A_page_marks_a_word_of_several_terms_where_highlight_marked_one()
    {
        var marked = HitMarker.MarkHtml("<p>قال \uFDFA اليوم</p>", $"قال صلي {O}الله{C} عليه وسلم يوم");

        Assert.Equal($"<p>قال {Mark}\uFDFA{EndMark} اليوم</p>", marked);
    }

    [Fact]
    public void A_page_skips_a_word_without_a_term()
    {
        var marked = HitMarker.MarkHtml("<p>ـــ hit x hit</p>", $"hit x {O}hit{C}");

        Assert.Equal($"<p>ـــ hit x {Mark}hit{EndMark}</p>", marked);
    }

    [Theory]
    [InlineData("<p>one two three four</p>", "one \uE000two three\uE001 four", "<p>one [two] [three] four</p>")]
    [InlineData("<p>one two three two</p>", "\uE000one two\uE001 three two", "<p>[one] [two] three two</p>")]
    [InlineData("<p>two one two</p>", "two \uE000one\uE001 two", "<p>two [one] two</p>")]
    [InlineData("<p>one two</p>", "\uE000one\uE001 \uE000two\uE001", "<p>[one] [two]</p>")]
    public void A_page_marks_words_where_highlight_marked_them_not_wherever_their_terms_stand(string html, string highlighted, string expected) =>
        Assert.Equal(expected.Replace("[", Mark).Replace("]", EndMark), HitMarker.MarkHtml(html, highlighted));

    [Theory]
    [InlineData("<p>one two three two four five</p>")] // a word the index text does not have
    [InlineData("<p>one two three</p>")] // fewer words than it has
    [InlineData("<p>one three two four</p>")] // its words in another order
    public void A_page_whose_words_are_not_the_index_text_s_marks_every_word_of_a_marked_term(string html)
    {
        var marked = HitMarker.MarkHtml(html, $"one {O}two{C} three two four");

        Assert.Equal(html.Replace("two", $"{Mark}two{EndMark}"), marked);
    }

    [Theory]
    // The passage of two with the most matches, the first from the left, centred on its matches.
    [InlineData("1001", 2, 0)] // two single matches: the first
    [InlineData("101", 2, 0)] // a window of two holds one of them
    [InlineData("0110000", 3, 0)]
    [InlineData("0000100", 3, 3)] // centred on its one match
    [InlineData("0000001", 3, 4)] // as near the end as it goes
    [InlineData("1010000111000", 3, 7)] // three together beat two before them
    [InlineData("000000", 3, 0)] // no match: the start
    [InlineData("0001", 4, 0)] // the text is no longer than the passage
    [InlineData("1000000001", 10, 0)]
    [InlineData("010010", 4, 1)] // matches that fill the passage: all of them, not one word back
    [InlineData("0100100", 4, 1)]
    [InlineData("00100100000", 6, 1)] // two to spare: one before, one after
    [InlineData("0010010000", 5, 1)] // one to spare: before
    [InlineData("00110", 4, 1)] // two to spare around two matches: one each side
    public void The_best_passage_is_the_first_with_the_most_matches_centred_on_them(string matches, int length, int expected) =>
        Assert.Equal(expected, HitMarker.BestPassage<char>(matches.AsSpan(), length, c => c == '1'));
}
