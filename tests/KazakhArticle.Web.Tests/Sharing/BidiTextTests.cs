using KazakhArticle.Web.Sharing;

namespace KazakhArticle.Web.Tests.Sharing;

/// <summary>The order a title's runs are drawn in: what HarfBuzz, which shapes one direction at a time, does not decide.</summary>
public sealed class BidiTextTests
{
    /// <summary>The text's runs as drawn, left to right, each as its text.</summary>
    private static List<string> Drawn(string text, bool rightToLeft) =>
        [.. BidiText.Visual(BidiText.Runs(text, rightToLeft), r => r.Level).Select(r => text.Substring(r.Start, r.Length))];

    [Fact]
    public void Arabic_alone_is_one_run_right_to_left()
    {
        var run = Assert.Single(BidiText.Runs("كازاخستان تختار الخط الأوراسي", rightToLeft: true));

        Assert.True(run.IsRightToLeft);
    }

    [Fact]
    public void A_year_in_an_arabic_title_is_drawn_left_of_the_words_before_it_and_keeps_its_digits_in_order()
    {
        var runs = BidiText.Runs("احتجاجات 2022 في كازاخستان", rightToLeft: true);

        Assert.Equal([" في كازاخستان", "2022", "احتجاجات "], Drawn("احتجاجات 2022 في كازاخستان", rightToLeft: true));
        Assert.False(runs.Single(r => r.Length == 4).IsRightToLeft);
    }

    [Fact]
    public void Latin_words_in_arabic_keep_their_order_and_the_spaces_between_them()
    {
        // One left-to-right run with its inner spaces; the spaces at its edges go with the Arabic.
        Assert.Equal([" الصينية", "Belt and Road", "مبادرة "], Drawn("مبادرة Belt and Road الصينية", rightToLeft: true));
    }

    [Fact]
    public void Numbers_keep_their_separators()
    {
        Assert.Equal([" مساحة", "2,700,025", "كم "], Drawn("كم 2,700,025 مساحة", rightToLeft: true));
    }

    [Fact]
    public void A_percent_sign_after_digits_in_arabic_is_drawn_on_their_left_as_browsers_draw_it()
    {
        // After Arabic letters, European digits are Arabic numbers (W2), which a percent sign does not join (W5): it is a
        // neutral between right-to-left text, so "40%" reads "%40" from the left, as on the site's own pages.
        Assert.Equal(["% من السكان", "40", "نسبة "], Drawn("نسبة 40% من السكان", rightToLeft: true));
        Assert.Equal(["Up 40% in 2022"], Drawn("Up 40% in 2022", rightToLeft: false));
    }

    [Fact]
    public void Arabic_indic_digits_are_a_number_too()
    {
        Assert.Equal([" عام", "٢٠٢٢"], Drawn("٢٠٢٢ عام", rightToLeft: true));
    }

    [Fact]
    public void An_arabic_name_in_an_english_title_is_drawn_right_to_left()
    {
        var drawn = Drawn("The Road of طريق الحرير Today", rightToLeft: false);

        Assert.Equal(["The Road of ", "طريق الحرير", " Today"], drawn);
        Assert.Equal([0, 1, 0], BidiText.Runs("The Road of طريق الحرير Today", rightToLeft: false).Select(r => r.Level));
    }

    [Fact]
    public void Marks_go_with_their_letters()
    {
        var run = Assert.Single(BidiText.Runs("قُتِلَ", rightToLeft: true));

        Assert.Equal(6, run.Length);
    }

    [Fact]
    public void Reordering_reverses_nested_levels_as_rule_L2_says()
    {
        // Levels 1 2 2 1 (an Arabic line with two left-to-right runs side by side): drawn 1 2 2 1 reversed as a whole,
        // then the level-2 pair reversed back into reading order.
        Assert.Equal(["d", "b", "c", "a"], BidiText.Visual(["a", "b", "c", "d"], s => s switch { "b" or "c" => 2, _ => 1 }));
        Assert.Equal(["a", "b"], BidiText.Visual(["a", "b"], _ => 0));
    }
}
