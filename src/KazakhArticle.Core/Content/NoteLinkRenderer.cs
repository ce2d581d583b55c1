using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KazakhArticle.Core.Content;

/// <summary>
/// Renders footnote markers as links to translator's notes. Markdig's own renderer writes bare
/// <c>#fn:1</c> fragments, which resolve against &lt;base href="/"&gt;; these carry the page path and ASCII ids.
/// </summary>
internal sealed class NoteLinkRenderer(string pagePath, string language) : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        if (link.IsBackLink)
        {
            renderer.Write($"<a href=\"{pagePath}#{ContentIds.NoteReference(language, link.Index)}\" class=\"note-back\" role=\"doc-backlink\" aria-label=\"↩ {link.Footnote.Order}\">↩</a>");
            return;
        }

        var number = link.Footnote.Order;
        renderer.Write($"<a id=\"{ContentIds.NoteReference(language, link.Index)}\" href=\"{pagePath}#{ContentIds.Note(language, number)}\" class=\"note-ref\" role=\"doc-noteref\"><sup>{number}</sup></a>");
    }
}
