using KazakhArticle.Core.Content;
using KazakhArticle.Core.Tests.Support;

namespace KazakhArticle.Core.Tests.Content;

/// <summary>The Arabic in content/ is the received text, verbatim: every heading and paragraph, in order.</summary>
public sealed class ShippedArticleTests
{
    private static readonly string[] ExpectedSectionIds =
    [
        "kazakhs-and-arabs", "overview", "lines-of-conflict", "russian-chinese-line",
        "american-nato-line", "nazarbayev-line", "tokayev-eurasian-line", "put-to-the-test",
    ];

    private static readonly string[] CommentFormLines = ["اترك رد", "لن يتم نشر عنوان بريدك الإلكتروني."];

    private readonly EditionContent _arabic = ParseShipped();

    // Received layout: headline, outlet, author, then the body; the last two lines are the site's comment form.
    private readonly string[] _receivedBody = File.ReadAllLines(RepositoryPaths.ReceivedText)
        .Where(line => line.Length > 0)
        .Skip(3)
        .SkipLast(2)
        .ToArray();

    [Fact]
    public void Front_matter_carries_the_headline_author_and_outlet_as_metadata()
    {
        var received = File.ReadAllLines(RepositoryPaths.ReceivedText);
        Assert.Equal(received[0], _arabic.Metadata.Title);
        Assert.Equal(Shipped.Slug, _arabic.Metadata.Slug);
        Assert.Equal("جورج حداد", _arabic.Metadata.Author);
        Assert.Equal("موقع العهد الإخباري", _arabic.Metadata.Outlet);
        Assert.Equal("ar", _arabic.Language);
        Assert.Equal("opinion", _arabic.Metadata.Genre);
        Assert.Null(_arabic.TranslatedFrom);
    }

    [Fact]
    public void Sections_are_the_eight_headings_with_their_ascii_ids_in_order()
    {
        Assert.Equal(ExpectedSectionIds, _arabic.Sections.Select(s => s.Id));
        Assert.Equal("الكازاخ والعرب", _arabic.Sections[0].Title);
        Assert.Equal("4 – الخط الاوراسي لتوكايف:", _arabic.Sections[6].Title);
    }

    [Fact]
    public void Headings_and_paragraphs_equal_the_received_lines_one_for_one()
    {
        var rendered = _arabic.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Text).Prepend(s.Title)).ToArray();

        Assert.Equal(_receivedBody.Length, rendered.Length);
        for (var i = 0; i < rendered.Length; i++)
        {
            Assert.Equal(_receivedBody[i], rendered[i]);
        }
    }

    [Fact]
    public void Paragraph_count_equals_the_received_texts()
    {
        var headings = _arabic.Sections.Count;
        Assert.Equal(_receivedBody.Length - headings, _arabic.Sections.Sum(s => s.Paragraphs.Count));
        Assert.Equal(55, _arabic.Sections.Sum(s => s.Paragraphs.Count));
    }

    [Fact]
    public void Lines_joined_by_a_single_break_in_the_source_are_separate_paragraphs()
    {
        var conflictLine = _arabic.Sections.Single(s => s.Id == "russian-chinese-line");
        Assert.StartsWith("باعتبار كون كازاخستان", conflictLine.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("ويزيد الطين بلة", conflictLine.Paragraphs[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_comment_form_is_left_out()
    {
        var allText = string.Join("\n", _arabic.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Text).Prepend(s.Title)));
        foreach (var line in CommentFormLines)
        {
            Assert.DoesNotContain(line, allText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Paragraph_ids_are_ascii_unique_and_follow_their_section()
    {
        var ids = _arabic.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.True(ContentIds.IsValid(id), id));
        Assert.Equal(["overview-p1", "overview-p2"], _arabic.Sections[1].Paragraphs.Take(2).Select(p => p.Id));
    }

    [Fact]
    public void Parsing_twice_gives_the_same_ids()
    {
        var again = ParseShipped();
        Assert.Equal(
            _arabic.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Id)),
            again.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Id)));
    }

    private static EditionContent ParseShipped() =>
        ArticleMarkdownParser.Parse("ar.md", File.ReadAllText(Path.Combine(RepositoryPaths.ShippedArticle, "ar.md")), TestLinks.Article);
}
