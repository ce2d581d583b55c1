using System.Net;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KazakhArticle.Core.Annotations;

/// <summary>
/// The URL of an entity's card, reached from a mention in one paragraph of an edition: the card links on to the next
/// mention in that edition. The site's URL shapes belong to the web project, which passes this to the importer; Core
/// only fills it in.
/// </summary>
public delegate string EntityLink(string slug, string language, string entityId, string paragraphId);

/// <summary>
/// Marks an edition's mentions of the article's entities as links to their cards. Every mention is counted (the index
/// lists every paragraph that names an entity), but only an entity's first in each section is a link: a name linked
/// in every paragraph would make the text a page of links.
/// </summary>
/// <remarks>One instance an edition, used in the order of the text: it remembers what each section has linked.</remarks>
/// <param name="link">The card's URL for an entity and a paragraph; none, and the mentions are found but not linked.</param>
public sealed class MentionLinks(MentionFinder finder, Func<string, string, string>? link)
{
    private readonly HashSet<string> _linkedInSection = new(StringComparer.Ordinal);

    /// <summary>An edition's links: <paramref name="link"/> filled in with the article's slug.</summary>
    public static MentionLinks For(ArticleAnnotations annotations, string language, string slug, EntityLink? link) =>
        new(MentionFinder.For(annotations.Entities, language), link is null ? null : (entity, paragraph) => link(slug, language, entity, paragraph));

    public void StartSection() => _linkedInSection.Clear();

    /// <summary>Finds the mentions in a block's text, links the section's first of each entity, and returns the entities named.</summary>
    public IReadOnlyList<string> Apply(Block block, string paragraphId)
    {
        var named = new List<string>();
        // Collected first: the tree is changed while it is walked otherwise. A block's descendants are blocks; the text
        // is in each leaf's inlines.
        var leaves = block is LeafBlock leaf ? [leaf] : block.Descendants<LeafBlock>();
        var literals = leaves
            .SelectMany(l => l.Inline?.Descendants<LiteralInline>() ?? [])
            .Where(l => l.FirstParentOfType<LinkInline>() is null)
            .ToList();
        foreach (var literal in literals)
        {
            var text = literal.Content.ToString();
            var mentions = finder.Find(text);
            if (mentions.Count == 0)
            {
                continue;
            }

            Inline current = literal;
            var consumed = 0;
            foreach (var mention in mentions)
            {
                if (!named.Contains(mention.EntityId))
                {
                    named.Add(mention.EntityId);
                }

                if (link is null || !_linkedInSection.Add(mention.EntityId))
                {
                    continue;
                }

                var before = text[consumed..mention.Start];
                var inline = new MentionInline(mention.EntityId, link(mention.EntityId, paragraphId), text.Substring(mention.Start, mention.Length));
                if (before.Length > 0)
                {
                    var beforeLiteral = new LiteralInline(before);
                    current.InsertAfter(beforeLiteral);
                    current = beforeLiteral;
                }

                current.InsertAfter(inline);
                current = inline;
                consumed = mention.Start + mention.Length;
            }

            if (consumed == 0)
            {
                continue;
            }

            if (consumed < text.Length)
            {
                current.InsertAfter(new LiteralInline(text[consumed..]));
            }

            literal.Remove();
        }

        return named;
    }
}

/// <summary>A mention of an entity in the text, written as a link to its card.</summary>
public sealed class MentionInline(string entityId, string url, string text) : LeafInline
{
    public string EntityId { get; } = entityId;

    public string Url { get; } = url;

    public string Text { get; } = text;
}

/// <summary>Registers the renderer of <see cref="MentionInline"/>: the pass that makes them is <see cref="MentionLinks"/>.</summary>
public sealed class MentionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<MentionRenderer>())
        {
            html.ObjectRenderers.Add(new MentionRenderer());
        }
    }

    private sealed class MentionRenderer : HtmlObjectRenderer<MentionInline>
    {
        protected override void Write(HtmlRenderer renderer, MentionInline mention) =>
            // No more than the link: some two hundred of them are in a page's first bytes, and the URL names the entity.
            renderer.Write($"<a class=\"mention\" href=\"{WebUtility.HtmlEncode(mention.Url)}\">")
                .WriteEscape(mention.Text)
                .Write("</a>");
    }
}
