using KazakhArticle.Core.Annotations;

namespace KazakhArticle.Core.Tests.Annotations;

public sealed class MentionFinderTests
{
    private static readonly MentionFinder Finder = new(
    [
        ("روسيا", "russia"),
        ("الصين", "china"),
        ("نور سلطان نزارباييف", "nazarbayev"),
        ("نزارباييف", "nazarbayev"),
        ("Tokayev", "tokayev"),
        ("Nur-Sultan", "nur-sultan"),
        ("Soviet Union", "ussr"),
    ]);

    private static string[] Found(string text) => [.. Finder.Find(text).Select(m => $"{m.EntityId}:{text.Substring(m.Start, m.Length)}")];

    [Theory]
    [InlineData("زار روسيا أمس", "russia:روسيا")]
    [InlineData("ذهب وروسيا", "russia:وروسيا")]
    [InlineData("بروسيا ولروسيا وبروسيا", "russia:بروسيا", "russia:ولروسيا", "russia:وبروسيا")]
    [InlineData("فروسيا كروسيا فكروسيا", "russia:فروسيا", "russia:كروسيا", "russia:فكروسيا")]
    [InlineData("للصين وبالصين", "china:للصين", "china:وبالصين")]
    [InlineData("رُوسْيا", "russia:رُوسْيا")]
    [InlineData("روســيا", "russia:روســيا")]
    public void Arabic_names_are_found_with_their_proclitics_and_without_their_marks(string text, params string[] expected) =>
        Assert.Equal(expected, Found(text));

    [Theory]
    [InlineData("الروسية")]
    [InlineData("روسياها")]
    [InlineData("صين")]
    [InlineData("سروسيا")]
    [InlineData("Tokayevs")]
    [InlineData("Tokayevis")]
    [InlineData("بلصين")]
    [InlineData("لوسيا")]
    [InlineData("Nur")]
    public void A_word_that_only_contains_a_name_is_not_a_mention(string text) => Assert.Empty(Found(text));

    [Fact]
    public void The_longest_form_wins_where_forms_overlap() =>
        Assert.Equal(["nazarbayev:نور سلطان نزارباييف", "nazarbayev:نزارباييف"], Found("قال نور سلطان نزارباييف إن نزارباييف"));

    [Theory]
    [InlineData("Tokayev's line", "tokayev:Tokayev's")]
    [InlineData("Tokayev’s line", "tokayev:Tokayev’s")]
    [InlineData("in Nur-Sultan.", "nur-sultan:Nur-Sultan")]
    [InlineData("the Soviet Union, then", "ussr:Soviet Union")]
    [InlineData("the soviet union", "ussr:soviet union")]
    [InlineData("the Soviet\nUnion", "ussr:Soviet\nUnion")]
    public void English_names_are_whole_words_and_may_be_possessive(string text, string expected) =>
        Assert.Equal([expected], Found(text));

    [Fact]
    public void A_form_of_two_words_needs_both() => Assert.Empty(Found("the Soviet era"));

    [Fact]
    public void A_form_without_words_finds_nothing()
    {
        var finder = new MentionFinder([("—", "dash"), ("روسيا", "russia")]);

        Assert.Equal(["russia"], finder.Find("زار روسيا —").Select(m => m.EntityId));
    }
}
