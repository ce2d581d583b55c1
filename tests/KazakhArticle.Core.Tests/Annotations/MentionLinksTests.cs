using KazakhArticle.Core.Annotations;
using Markdig;

namespace KazakhArticle.Core.Tests.Annotations;

public sealed class MentionLinksTests
{
    private static MentionLinks Links() => new(new MentionFinder([("Tokayev", "tokayev")]), (entity, paragraph) => $"/names/{entity}?at={paragraph}");

    [Fact]
    public void A_block_without_inlines_names_nothing() =>
        Assert.Empty(Links().Apply(Markdown.Parse("```\nTokayev\n```").Single(), "one-p1"));

    [Fact]
    public void A_block_of_blocks_is_read_in_each_of_its_leaves() =>
        Assert.Equal(["tokayev"], Links().Apply(Markdown.Parse("> ```\n> Tokayev\n> ```\n>\n> Tokayev said").Single(), "one-p1"));
}
