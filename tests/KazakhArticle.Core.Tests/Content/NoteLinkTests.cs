using KazakhArticle.Core.Content;
using KazakhArticle.Core.Tests.Support;

namespace KazakhArticle.Core.Tests.Content;

/// <summary>The links between a place in the text and its translator's note, both ways, in the note's own language.</summary>
public sealed class NoteLinkTests
{
    [Fact]
    public void A_note_referred_to_twice_has_a_numbered_reference_and_a_back_link_for_each()
    {
        // Markdig numbers a note's references together (1 and 2 for note 1, then 3): unique, and each back link finds its own.
        var edition = ArticleMarkdownParser.Parse(
            "articles/test/ar.md",
            Markdown.Article("a", "## أ {#alpha}\n\nأول[^1] وثان[^2] وثالث[^1].\n\n[^1]: حاشية.\n[^2]: أخرى.\n"),
            TestLinks.Article);

        Assert.Equal(
            """<p>أول<a id="ar-note-ref-1" href="/articles/a?view=ar#ar-note-1" class="note-ref" role="doc-noteref"><sup>1</sup></a> وثان<a id="ar-note-ref-3" href="/articles/a?view=ar#ar-note-2" class="note-ref" role="doc-noteref"><sup>2</sup></a> وثالث<a id="ar-note-ref-2" href="/articles/a?view=ar#ar-note-1" class="note-ref" role="doc-noteref"><sup>1</sup></a>.</p>""",
            Assert.Single(edition.Sections[0].Paragraphs).Html);
        Assert.Equal(
            ["""<p>حاشية.<a href="/articles/a?view=ar#ar-note-ref-1" class="note-back" role="doc-backlink" aria-label="↩ 1">↩</a><a href="/articles/a?view=ar#ar-note-ref-2" class="note-back" role="doc-backlink" aria-label="↩ 1">↩</a></p>""",
             """<p>أخرى.<a href="/articles/a?view=ar#ar-note-ref-3" class="note-back" role="doc-backlink" aria-label="↩ 2">↩</a></p>"""],
            edition.Notes.Select(n => n.Html));
        Assert.Equal([("ar-note-1", 1, "حاشية."), ("ar-note-2", 2, "أخرى.")], edition.Notes.Select(n => (n.Id, n.Number, n.Text)));
    }
}
